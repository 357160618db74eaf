/**
 * Where templates come from. From source (tests, `npm run dev`): the `templates/` folders below
 * stacks/ and clouds/ and the full Handlebars compiler. From the build (the published CLI): one bundle written by
 * tsup.config.ts, dist/templates.js, holding every .hbs template precompiled and every other
 * file's bytes, so a user's run loads only the small Handlebars runtime and parses nothing, and
 * `npx` unpacks a handful of files instead of hundreds (most of a cold start's time).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { packageRoot } from '../paths.js';

export type TemplateFn = (ctx: object) => string;
/** The options every template is compiled with: this is code, not HTML; a missing name throws. */
export const COMPILE_OPTIONS = { noEscape: true, strict: true } as const;

/**
 * One render's view of the templates. A layer is a folder path from the package root (e.g.
 * `stacks/typescript/express/templates/base`); keys are file paths from the package root with
 * forward slashes.
 */
export interface TemplateCompiler {
  /** The files of one layer folder (paths relative to it, sorted), or undefined if it's missing. */
  files(layer: string): string[] | undefined;
  /** A non-template file's bytes. */
  read(key: string): Buffer;
  template(key: string): TemplateFn;
  registerPartial(name: string, key: string): void;
}

/** What tsup.config.ts writes to dist/templates.js: the index of the bundles. */
export interface TemplateIndex {
  /** Every template file (see listTemplates), sorted. */
  paths: string[];
  /** Owner (see templateOwner) -> its bundle's module, relative to dist/. */
  modules: Record<string, string>;
}

/** One owner's bundle (dist/templates/<owner>.js). */
export interface TemplateChunk {
  /** Precompiled .hbs templates. */
  specs: Record<string, object>;
  /** Every other file: UTF-8 text as itself, anything else base64. */
  text: Record<string, string>;
  binary: Record<string, string>;
}

/** What a render reads: every path, and the chunks of the owners it loaded. */
type TemplateBundle = TemplateChunk & { paths: string[] };

/**
 * Who a template file or layer folder belongs to: the folder holding its `templates/` folder
 * (`stacks/_base`, `stacks/typescript`, `stacks/typescript/express`, `clouds/aws`). A project's
 * layers come from four of them: the base, its language, its stack and its cloud.
 */
export function templateOwner(key: string): string {
  const at = `${key}/`.indexOf('/templates/');
  if (at < 0) throw new Error(`${key} is not below a templates/ folder`);
  return key.slice(0, at);
}

/** The files of one layer folder within a sorted key list, relative to it (undefined if none). */
function layerFiles(paths: string[], layer: string): string[] | undefined {
  const prefix = `${layer}/`;
  const files = paths.filter((key) => key.startsWith(prefix)).map((key) => key.slice(prefix.length));
  return files.length > 0 ? files.sort() : undefined;
}

/** The folders below the package root whose `templates/` subfolders hold template layers. */
export const TEMPLATE_ROOTS = ['stacks', 'clouds'] as const;

function walk(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? walk(full, base) : [path.relative(base, full).split(path.sep).join('/')];
  });
}

/**
 * Every template file: each file below a `templates/` folder of stacks/ or clouds/, as sorted
 * keys from `root` (build time and source runs). Descriptors (`stack.ts`, `cloud.ts`) beside
 * those folders are code, not templates.
 */
export function listTemplates(root: string): string[] {
  return TEMPLATE_ROOTS.flatMap((top) => walk(path.join(root, top), root))
    .filter((key) => key.split('/').includes('templates'))
    .sort();
}

/** The package's template folders (or a copy of them, for tests) and the full Handlebars compiler. */
export async function sourceCompiler(root = packageRoot()): Promise<() => TemplateCompiler> {
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

/** The part of the Handlebars runtime the bundle uses. */
interface HandlebarsRuntime {
  create(): { template(spec: object): TemplateFn; registerPartial(name: string, partial: TemplateFn): void };
}

function bundleCompiler(Runtime: HandlebarsRuntime, bundle: TemplateBundle): () => TemplateCompiler {
  return () => {
    const hbs = Runtime.create();
    const get = (key: string) => {
      const spec = bundle.specs[key];
      if (!spec) throw new Error(`template ${key} is missing from the build (run npm run build)`);
      return hbs.template(spec);
    };
    return {
      files: (layer) => layerFiles(bundle.paths, layer),
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

/**
 * The bundles when running from dist/, else the source folder and compiler. `layers`: the layer
 * folders a render uses (layersFor), so only their owners' bundles are loaded; absent = all.
 */
export async function loadCompiler(layers?: string[]): Promise<() => TemplateCompiler> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const built = path.join(here, 'templates.js');
  if (path.basename(here) === 'dist' && existsSync(built)) {
    const [{ default: index }, { default: Runtime }] = await Promise.all([
      import(pathToFileURL(built).href) as Promise<{ default: TemplateIndex }>,
      import('handlebars/runtime.js'),
    ]);
    const owners = layers ? [...new Set(layers.map(templateOwner))] : Object.keys(index.modules);
    const chunks = await Promise.all(
      owners.map(async (owner) => {
        const module = index.modules[owner];
        if (!module) throw new Error(`no templates of ${owner} in the build (run npm run build)`);
        return ((await import(pathToFileURL(path.join(here, module)).href)) as { default: TemplateChunk }).default;
      }),
    );
    const bundle: TemplateBundle = { paths: index.paths, specs: {}, text: {}, binary: {} };
    for (const chunk of chunks) {
      Object.assign(bundle.specs, chunk.specs);
      Object.assign(bundle.text, chunk.text);
      Object.assign(bundle.binary, chunk.binary);
    }
    return bundleCompiler(Runtime as unknown as HandlebarsRuntime, bundle);
  }
  return sourceCompiler();
}
