import type { CloudDescriptor } from '../types.js';

export const none: CloudDescriptor = {
  id: 'none',
  label: 'None for now',
  hint: 'the README says how to add one later',
  layers: [{ dir: 'clouds/none/templates' }],
};
