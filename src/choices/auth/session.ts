import type { AuthFacts } from './types.js';

export const session = {
  id: 'session',
  label: 'Server-side sessions',
  hint: 'HttpOnly cookie + CSRF token',
  prose: 'session-cookie',
  users: true,
  bearer: false,
  cookie: true,
  csrf: true,
  secretEnv: 'SESSION_SECRET',
} as const satisfies AuthFacts;
