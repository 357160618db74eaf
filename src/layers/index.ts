/**
 * Which template folders apply to a project. Conditions live here and in stack descriptors,
 * never as string comparisons inside templates.
 */
import type { Context } from '../context.js';
import type { LayerRef } from '../../stacks/types.js';
import { cloudById } from '../../clouds/index.js';

export function layersFor(ctx: Context): string[] {
  const all: LayerRef[] = [{ dir: 'stacks/_base/templates' }, ...ctx.stack.layers, ...cloudById(ctx.cloud).layers];
  return all.filter((l) => !l.when || l.when(ctx)).map((l) => l.dir);
}
