/**
 * Plan -> render in memory. Returns a map of project-relative path to content; nothing touches
 * the target directory here. `.hbs` files are rendered, everything else is copied byte for byte.
 */
import type { Context } from '../context.js';
import { layersFor } from '../layers/index.js';
import { dataFiles } from './manifests.js';
import type { TemplateCompiler } from './compilers.js';

export type RenderedFiles = Map<string, string | Buffer>;

/** Names that cannot ship inside an npm package as themselves. */
const RENAMES: Record<string, string> = { _gitignore: '.gitignore' };

/** Files in a layer's _partials/ folder are Handlebars partials for every layer, not output. */
const PARTIALS = '_partials';

export function outputPath(rel: string): string {
  const parts = rel.split('/');
  const last = parts.pop()!;
  const stripped = last.endsWith('.hbs') ? last.slice(0, -4) : last;
  return [...parts, RENAMES[stripped] ?? stripped].join('/');
}

export class RenderError extends Error {}

function add(files: RenderedFiles, owner: Map<string, string>, out: string, content: string | Buffer, from: string) {
  const previous = owner.get(out);
  if (previous) throw new RenderError(`Two layers write ${out}: ${previous} and ${from}`);
  owner.set(out, from);
  files.set(out, content);
}

/** Registers the partials of every active layer on a fresh compiler. */
function registerPartials(compiler: TemplateCompiler, layers: Array<[layer: string, files: string[]]>): void {
  const seen = new Map<string, string>();
  for (const [layer, files] of layers) {
    for (const rel of files) {
      if (!rel.startsWith(`${PARTIALS}/`)) continue;
      const name = rel.slice(PARTIALS.length + 1).replace(/\.hbs$/, '');
      if (seen.has(name)) throw new RenderError(`Two layers define the partial ${name}: ${seen.get(name)} and ${layer}`);
      seen.set(name, layer);
      compiler.registerPartial(name, `${layer}/${rel}`);
    }
  }
}

export function render(ctx: Context, newCompiler: () => TemplateCompiler): RenderedFiles {
  return renderExplained(ctx, newCompiler).files;
}

/** Where each output file comes from: the template file's path, or the builder that made it. */
export type Origins = Map<string, string>;

export function renderExplained(ctx: Context, newCompiler: () => TemplateCompiler): { files: RenderedFiles; origins: Origins } {
  const files: RenderedFiles = new Map();
  const owner: Origins = new Map();
  const compiler = newCompiler();
  const layers = layersFor(ctx).map((layer): [string, string[]] => {
    const list = compiler.files(layer);
    if (!list) throw new RenderError(`The template folder ${layer} is missing`);
    return [layer, list];
  });
  registerPartials(compiler, layers);
  for (const [layer, list] of layers) {
    for (const rel of list) {
      if (rel.startsWith(`${PARTIALS}/`)) continue;
      const key = `${layer}/${rel}`;
      const from = key;
      let content: string | Buffer;
      if (rel.endsWith('.hbs')) {
        try {
          content = compiler.template(key)(ctx);
        } catch (err) {
          throw new RenderError(`Cannot render ${from}: ${(err as Error).message}`);
        }
      } else content = compiler.read(key);
      add(files, owner, outputPath(rel), content, from);
    }
  }
  for (const [out, { content, builder }] of Object.entries(dataFiles(ctx))) add(files, owner, out, content, `built from data by ${builder}`);
  return { files: new Map([...files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), origins: owner };
}
