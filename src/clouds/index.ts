/** Every cloud target the CLI offers. */
import { aws } from './aws.js';
import { azure } from './azure.js';
import { fly } from './fly.js';
import { gcp } from './gcp.js';
import { none } from './none.js';
import { render } from './render.js';
import type { CloudDescriptor } from './types.js';

export const CLOUDS: CloudDescriptor[] = [none, aws, gcp, azure, fly, render];

export function cloudById(id: string): CloudDescriptor {
  const cloud = CLOUDS.find((c) => c.id === id);
  if (!cloud) throw new Error(`Unknown cloud "${id}"`);
  return cloud;
}
