/** Static lint of every template: it parses, and every name it reads exists in the context. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { buildContext } from '../../src/context.js';
import { packageRoot } from '../../src/paths.js';
import { listTemplates } from '../../src/render/compilers.js';
import { allCombinations } from '../helpers/combinations.js';

type Node = { type: string; [k: string]: unknown };


/** Names read at the top level (outside #each, whose body reads the item). */
function topLevelNames(node: Node, names: Set<string>, depth = 0): void {
  const visit = (n: unknown, d: number) => n && typeof n === 'object' && topLevelNames(n as Node, names, d);
  if (node.type === 'PathExpression' && depth === 0 && !(node as { data?: boolean }).data) {
    const head = (node as unknown as { parts: string[] }).parts[0];
    if (head) names.add(head);
  }
  if (node.type === 'PartialStatement') return; // partial names are checked by rendering
  if (node.type === 'PartialBlockStatement') {
    visit((node as unknown as { program: Node }).program, depth); // the block's text; its name is a partial
    return;
  }
  if (node.type === 'BlockStatement') {
    const b = node as unknown as { path: { original: string }; params: Node[]; program: Node; inverse?: Node };
    for (const p of b.params) visit(p, depth);
    visit(b.program, b.path.original === 'each' || b.path.original === 'with' ? depth + 1 : depth);
    visit(b.inverse, depth);
    return;
  }
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const v of value) visit(v, depth);
    else if (value && typeof value === 'object' && 'type' in value) visit(value, depth);
  }
}

const helpers = new Set(['if', 'unless', 'each', 'with', 'else']);
const known = new Set(allCombinations().flatMap((a) => Object.keys(buildContext(a, '0.1.0'))));
const templates = listTemplates(packageRoot()).filter((key) => key.endsWith('.hbs'));

describe('templates', () => {
  it('exist', () => expect(templates.length).toBeGreaterThan(3));
  it.each(templates)('%s parses and reads only known names', (key) => {
    const ast = Handlebars.parse(readFileSync(path.join(packageRoot(), key), 'utf8')) as unknown as Node;
    const names = new Set<string>();
    topLevelNames(ast, names);
    const unknown = [...names].filter((n) => !helpers.has(n) && !known.has(n));
    expect(unknown).toEqual([]);
  });
});
