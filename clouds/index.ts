/** Every cloud target the CLI offers. */
import { aws } from './aws/cloud.js';
import { azure } from './azure/cloud.js';
import { fly } from './fly/cloud.js';
import { gcp } from './gcp/cloud.js';
import { none } from './none/cloud.js';
import { render } from './render/cloud.js';
import type { CloudDescriptor } from './types.js';

export const CLOUDS: CloudDescriptor[] = [none, aws, gcp, azure, fly, render];

export function cloudById(id: string): CloudDescriptor {
  const cloud = CLOUDS.find((c) => c.id === id);
  if (!cloud) throw new Error(`Unknown cloud "${id}"`);
  return cloud;
}
