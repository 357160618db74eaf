/** Every cloud target the CLI offers. */
import { none } from './none.js';
import type { CloudDescriptor } from './types.js';

export const CLOUDS: CloudDescriptor[] = [none];

export function cloudById(id: string): CloudDescriptor {
  const cloud = CLOUDS.find((c) => c.id === id);
  if (!cloud) throw new Error(`Unknown cloud "${id}"`);
  return cloud;
}
