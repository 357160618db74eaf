/**
 * Plan -> render in memory. Returns a map of project-relative path to content; nothing touches
 * the target directory here. `.hbs` files are rendered, everything else is copied byte for byte.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Context } from '../context.js';
import { layersFor } from '../layers/index.js';
import { templatesRoot } from '../paths.js';
import { dataFiles } from './manifests.js';
import type { TemplateCompiler } from './compilers.js';

export type RenderedFiles = Map<string, string | Buffer>;

/** Names that cannot ship inside an npm package as themselves. */
const RENAMES: Record<string, string> = { _gitignore: '.gitignore' };

/** Files in a layer's _partials/ folder are Handlebars partials for every layer, not output. */
const PARTIALS = '_partials';

export function outputPath(rel: string): string {
  const parts = rel.split(path.sep);
  const last = parts.pop()!;
  const stripped = last.endsWith('.hbs') ? last.slice(0, -4) : last;
  return [...parts, RENAMES[stripped] ?? stripped].join('/');
}

function walk(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => {
      const full = path.join(dir, e.name);
      return e.isDirectory() ? walk(full, base) : [path.relative(base, full)];
    });
}

export class RenderError extends Error {}

function add(files: RenderedFiles, owner: Map<string, string>, out: string, content: string | Buffer, from: string) {
  const previous = owner.get(out);
  if (previous) throw new RenderError(`Two layers write ${out}: ${previous} and ${from}`);
  owner.set(out, from);
  files.set(out, content);
}

/** Registers the partials of every active layer on a fresh compiler. */
function registerPartials(compiler: TemplateCompiler, dirs: Array<[layer: string, dir: string]>): void {
  const seen = new Map<string, string>();
  for (const [layer, dir] of dirs) {
    const partials = path.join(dir, PARTIALS);
    if (!existsSync(partials)) continue;
    for (const rel of walk(partials)) {
      const name = rel.replace(/\.hbs$/, '').split(path.sep).join('/');
      if (seen.has(name)) throw new RenderError(`Two layers define the partial ${name}: ${seen.get(name)} and ${layer}`);
      seen.set(name, layer);
      const key = `${layer}/${PARTIALS}/${rel.split(path.sep).join('/')}`;
      compiler.registerPartial(name, key, () => readFileSync(path.join(partials, rel), 'utf8'));
    }
  }
}

export function render(ctx: Context, newCompiler: () => TemplateCompiler, root = templatesRoot()): RenderedFiles {
  const files: RenderedFiles = new Map();
  const owner = new Map<string, string>();
  const dirs = layersFor(ctx).map((layer) => [layer, path.join(root, layer)] as [string, string]);
  for (const [layer, dir] of dirs) {
    if (!existsSync(dir)) throw new RenderError(`The template folder templates/${layer} is missing`);
  }
  const compiler = newCompiler();
  registerPartials(compiler, dirs);
  for (const [layer, dir] of dirs) {
    for (const rel of walk(dir)) {
      if (rel.split(path.sep)[0] === PARTIALS) continue;
      const full = path.join(dir, rel);
      const from = `templates/${layer}/${rel.split(path.sep).join('/')}`;
      let content: string | Buffer;
      if (rel.endsWith('.hbs')) {
        try {
          content = compiler.template(`${layer}/${rel.split(path.sep).join('/')}`, () => readFileSync(full, 'utf8'))(ctx);
        } catch (err) {
          throw new RenderError(`Cannot render ${from}: ${(err as Error).message}`);
        }
      } else content = readFileSync(full);
      add(files, owner, outputPath(rel), content, from);
    }
  }
  for (const [out, content] of Object.entries(dataFiles(ctx))) add(files, owner, out, content, '(generated from data)');
  return new Map([...files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
