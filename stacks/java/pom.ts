/**
 * pom.xml from data: a Maven project is a tree of elements, so the descriptor states it as
 * nested objects and this serialises them (escaped, indented two spaces, stable order).
 */

/** An element's children: text, nested elements, or a list of same-named elements. */
export type XmlNode = string | XmlElement;
export interface XmlElement {
  [tag: string]: XmlNode | XmlNode[] | undefined;
}

/** A `<!-- comment -->` placed before the element it explains. */
export const COMMENT = '#comment';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function element(tag: string, value: XmlNode, depth: number): string[] {
  const pad = '  '.repeat(depth);
  if (typeof value === 'string') return [`${pad}<${tag}>${escapeXml(value)}</${tag}>`];
  return [`${pad}<${tag}>`, ...children(value, depth + 1), `${pad}</${tag}>`];
}

function children(node: XmlElement, depth: number): string[] {
  const lines: string[] = [];
  for (const [tag, value] of Object.entries(node)) {
    if (value === undefined) continue;
    if (tag === COMMENT) {
      lines.push(`${'  '.repeat(depth)}<!-- ${escapeXml(String(value))} -->`);
      continue;
    }
    for (const item of Array.isArray(value) ? value : [value]) lines.push(...element(tag, item, depth));
  }
  return lines;
}

export function toPomXml(project: XmlElement): string {
  const attrs =
    'xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n' +
    '  xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd"';
  return ['<?xml version="1.0" encoding="UTF-8"?>', `<project ${attrs}>`, ...children(project, 1), '</project>', ''].join('\n');
}

/** One `<dependency>`: `group:artifact`, with an optional version and scope. */
export function dependency(coordinates: string, options: { version?: string; scope?: string } = {}): XmlElement {
  const [groupId, artifactId] = coordinates.split(':');
  if (!groupId || !artifactId) throw new Error(`dependency "${coordinates}" is not group:artifact`);
  return { groupId, artifactId, version: options.version, scope: options.scope };
}
