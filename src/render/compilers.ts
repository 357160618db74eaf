/**
 * How templates become functions. From source (tests, `npm run dev`): the full Handlebars
 * compiler. From the build (the published CLI): templates precompiled by tsup.config.ts into
 * dist/templates.js, so a user's run loads only the small Handlebars runtime and parses nothing.
 */
import path from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

export type TemplateFn = (ctx: object) => string;
/** The options every template is compiled with: this is code, not HTML; a missing name throws. */
export const COMPILE_OPTIONS = { noEscape: true, strict: true } as const;

export interface TemplateCompiler {
  /** `key` is the template's path below templates/, with forward slashes. */
  template(key: string, source: () => string): TemplateFn;
  registerPartial(name: string, key: string, source: () => string): void;
}

type Specs = Record<string, object>;

export async function sourceCompiler(): Promise<() => TemplateCompiler> {
  const { default: Handlebars } = await import('handlebars');
  return () => {
    const hbs = Handlebars.create();
    return {
      template: (_key, source) => hbs.compile(source(), COMPILE_OPTIONS),
      registerPartial: (name, _key, source) => hbs.registerPartial(name, hbs.compile(source(), COMPILE_OPTIONS)),
    };
  };
}

function precompiledCompiler(Runtime: { create(): any }, specs: Specs): () => TemplateCompiler {
  return () => {
    const hbs = Runtime.create();
    const get = (key: string) => {
      const spec = specs[key];
      if (!spec) throw new Error(`template ${key} is missing from the build (run npm run build)`);
      return hbs.template(spec) as TemplateFn;
    };
    return {
      template: (key) => get(key),
      registerPartial: (name, key) => hbs.registerPartial(name, get(key)),
    };
  };
}

/** Precompiled templates when running from dist/, else the source compiler. */
export async function loadCompiler(): Promise<() => TemplateCompiler> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const built = path.join(here, 'templates.js');
  if (path.basename(here) === 'dist' && existsSync(built)) {
    const [{ default: specs }, { default: Runtime }] = await Promise.all([
      import(pathToFileURL(built).href) as Promise<{ default: Specs }>,
      import('handlebars/runtime.js'),
    ]);
    return precompiledCompiler(Runtime as unknown as { create(): any }, specs);
  }
  return sourceCompiler();
}
