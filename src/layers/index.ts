/**
 * Which template folders apply to a project. Conditions live here and in stack descriptors,
 * never as string comparisons inside templates.
 */
import type { Context } from '../context.js';
import type { LayerRef } from '../stacks/types.js';

/** Cloud targets contribute their own folders (deploy config, workflow jobs) in later work. */
const CLOUD_LAYERS: Record<string, LayerRef[]> = {
  none: [],
};

export function layersFor(ctx: Context): string[] {
  const all: LayerRef[] = [{ dir: 'base' }, ...ctx.stack.layers, ...(CLOUD_LAYERS[ctx.cloud] ?? [])];
  return all.filter((l) => !l.when || l.when(ctx)).map((l) => l.dir);
}
