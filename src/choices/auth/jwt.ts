import type { AuthFacts } from './types.js';

export const jwt = {
  id: 'jwt',
  label: 'JWT bearer tokens',
  prose: 'JWT bearer-token',
  users: true,
  bearer: true,
  cookie: false,
  csrf: false,
  secretEnv: 'JWT_SECRET',
} as const satisfies AuthFacts;
