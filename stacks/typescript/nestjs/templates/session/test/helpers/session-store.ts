/** The session store's id hashing, for tests that look at the sessions table. */
export { hashSessionId } from '../../src/auth/sessions.service.ts';
