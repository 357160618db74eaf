/**
 * Where templates come from. From source (tests, `npm run dev`): the templates/ folder and the
 * full Handlebars compiler. From the build (the published CLI): one bundle written by
 * tsup.config.ts, dist/templates.js, holding every .hbs template precompiled and every other
 * file's bytes, so a user's run loads only the small Handlebars runtime and parses nothing, and
 * `npx` unpacks a handful of files instead of hundreds (most of a cold start's time).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { templatesRoot } from '../paths.js';

export type TemplateFn = (ctx: object) => string;
/** The options every template is compiled with: this is code, not HTML; a missing name throws. */
export const COMPILE_OPTIONS = { noEscape: true, strict: true } as const;

/** One render's view of the templates. Keys are paths below templates/ with forward slashes. */
export interface TemplateCompiler {
  /** The files of one layer folder (paths relative to it, sorted), or undefined if it's missing. */
  files(layer: string): string[] | undefined;
  /** A non-template file's bytes. */
  read(key: string): Buffer;
  template(key: string): TemplateFn;
  registerPartial(name: string, key: string): void;
}

/** What tsup.config.ts writes to dist/templates.js. */
export interface TemplateBundle {
  /** Every file below templates/, sorted. */
  paths: string[];
  /** Precompiled .hbs templates. */
  specs: Record<string, object>;
  /** Every other file: UTF-8 text as itself, anything else base64. */
  text: Record<string, string>;
  binary: Record<string, string>;
}

/** Lists a template tree once: layer -> its files, relative and sorted. */
function indexLayers(paths: string[]): Map<string, string[]> {
  const layers = new Map<string, string[]>();
  for (const key of paths) {
    const slash = key.indexOf('/');
    const layer = key.slice(0, slash);
    if (!layers.has(layer)) layers.set(layer, []);
    layers.get(layer)!.push(key.slice(slash + 1));
  }
  for (const files of layers.values()) files.sort();
  return layers;
}

function walk(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? walk(full, base) : [path.relative(base, full).split(path.sep).join('/')];
  });
}

/** Every file below a templates folder, as sorted keys (build time and source runs). */
export function listTemplates(root: string): string[] {
  return walk(root).sort();
}

/** The templates/ folder (or a copy of it, for tests) and the full Handlebars compiler. */
export async function sourceCompiler(root = templatesRoot()): Promise<() => TemplateCompiler> {
  const { default: Handlebars } = await import('handlebars');
  return () => {
    const hbs = Handlebars.create();
    const text = (key: string) => readFileSync(path.join(root, key), 'utf8');
    return {
      files: (layer) => (existsSync(path.join(root, layer)) ? walk(path.join(root, layer)).sort() : undefined),
      read: (key) => readFileSync(path.join(root, key)),
      template: (key) => hbs.compile(text(key), COMPILE_OPTIONS),
      registerPartial: (name, key) => hbs.registerPartial(name, hbs.compile(text(key), COMPILE_OPTIONS)),
    };
  };
}

function bundleCompiler(Runtime: { create(): any }, bundle: TemplateBundle): () => TemplateCompiler {
  const layers = indexLayers(bundle.paths);
  return () => {
    const hbs = Runtime.create();
    const get = (key: string) => {
      const spec = bundle.specs[key];
      if (!spec) throw new Error(`template ${key} is missing from the build (run npm run build)`);
      return hbs.template(spec) as TemplateFn;
    };
    return {
      files: (layer) => layers.get(layer),
      read: (key) => {
        const text = bundle.text[key];
        if (text !== undefined) return Buffer.from(text, 'utf8');
        const binary = bundle.binary[key];
        if (binary === undefined) throw new Error(`template file ${key} is missing from the build (run npm run build)`);
        return Buffer.from(binary, 'base64');
      },
      template: (key) => get(key),
      registerPartial: (name, key) => hbs.registerPartial(name, get(key)),
    };
  };
}

/** The bundle when running from dist/, else the source folder and compiler. */
export async function loadCompiler(): Promise<() => TemplateCompiler> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const built = path.join(here, 'templates.js');
  if (path.basename(here) === 'dist' && existsSync(built)) {
    const [{ default: bundle }, { default: Runtime }] = await Promise.all([
      import(pathToFileURL(built).href) as Promise<{ default: TemplateBundle }>,
      import('handlebars/runtime.js'),
    ]);
    return bundleCompiler(Runtime as unknown as { create(): any }, bundle);
  }
  return sourceCompiler();
}
