import type { AuthFacts } from './types.js';

export const none = {
  id: 'none',
  label: 'None',
  hint: 'public API, tasks have no owner',
  prose: 'no',
  users: false,
  bearer: false,
  cookie: false,
  csrf: false,
  secretEnv: '',
} as const satisfies AuthFacts;
