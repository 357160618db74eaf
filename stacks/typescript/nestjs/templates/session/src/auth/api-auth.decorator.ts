import { applyDecorators } from '@nestjs/common';
import { ApiSecurity } from '@nestjs/swagger';
import { ApiErrors } from '../docs/api-errors.ts';

/** The security schemes routes behind AuthGuard name in /openapi.json (src/docs/openapi.ts). */
export const SESSION_AUTH = 'sessionCookie';
export const CSRF_AUTH = 'csrfToken';

/** Documents a read behind the global AuthGuard: the session cookie, and 401 without one. */
export const ApiSignedIn = () => applyDecorators(ApiSecurity(SESSION_AUTH), ApiErrors(401));

/**
 * Documents a write behind the global AuthGuard: the session cookie and the CSRF header
 * together (one requirement), 401 without a session and 403 without the CSRF token.
 */
export const ApiSignedInWrite = () =>
  applyDecorators(ApiSecurity({ [SESSION_AUTH]: [], [CSRF_AUTH]: [] }), ApiErrors(401, 403));
