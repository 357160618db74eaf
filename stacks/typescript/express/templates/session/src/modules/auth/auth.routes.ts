import { type CookieOptions, Router } from 'express';
import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import type { AppDeps } from '../../app.ts';
import { BODY_ERRORS, errors, json, jsonBody, noContent } from '../../lib/responses.ts';
import { reading, requireAuth, sessionIdOf, writing } from '../../middleware/authenticate.ts';
import { currentUser } from '../../middleware/current-user.ts';
import { noStore } from '../../middleware/no-store.ts';
import { validateBody } from '../../middleware/validate.ts';
import { userResponseSchema, userSchema } from '../users/user.schemas.ts';
import { loginSchema, registerSchema } from './auth.schemas.ts';
import { authService } from './auth.service.ts';
import { SESSION_COOKIE, SESSION_TTL_MS, sessionStore } from './sessions.ts';

/** /api/v1/auth: sign up, log in (sets the session cookie), log out, and "who am I". */
export function authRouter(deps: AppDeps): Router {
  const auth = authService(deps);
  const sessions = sessionStore(deps.db, deps.config.sessionSecret);
  const router = Router();

  // HttpOnly: page scripts can't read it. SameSite=Lax: not sent on cross-site POSTs.
  // Secure (HTTPS only) everywhere except local development and tests.
  const cookie: CookieOptions = {
    httpOnly: true,
    sameSite: 'lax',
    secure: deps.config.env === 'production',
    path: '/',
  };

  router.post('/register', async (req, res) => {
    const user = await auth.register(validateBody(registerSchema, req.body));
    res.status(201).json({ user });
  });

  // no-store first, so every answer to a login (200, 401, 422, 429) carries it.
  router.post('/login', noStore, async (req, res) => {
    const { email, password } = validateBody(loginSchema, req.body);
    const user = await auth.login(email, password, req.ip ?? '');
    const session = await sessions.create(user.id);
    res.cookie(SESSION_COOKIE, session.id, { ...cookie, maxAge: SESSION_TTL_MS });
    res.json({ user, csrfToken: session.csrfToken });
  });

  router.post('/logout', requireAuth(deps), async (req, res) => {
    const sessionId = sessionIdOf(req);
    if (sessionId) await sessions.destroy(sessionId);
    res.clearCookie(SESSION_COOKIE, cookie);
    res.status(204).end();
  });

  router.get('/me', requireAuth(deps), (req, res) => {
    res.json({ user: currentUser(req) });
  });

  return router;
}

const loginResponseSchema = z
  .object({
    user: userSchema,
    csrfToken: z.string().meta({ description: 'Send as header X-CSRF-Token on every write.' }),
  })
  .meta({ id: 'LoginResponse' });

/** The routes above in /openapi.json (src/openapi.ts). */
export const authPaths: ZodOpenApiPathsObject = {
  '/api/v1/auth/register': {
    post: {
      tags: ['auth'],
      operationId: 'register',
      requestBody: jsonBody(registerSchema),
      responses: {
        201: json('Registered', userResponseSchema),
        ...errors(...BODY_ERRORS, 409),
      },
    },
  },
  '/api/v1/auth/login': {
    post: {
      tags: ['auth'],
      operationId: 'login',
      requestBody: jsonBody(loginSchema),
      responses: {
        200: json('Logged in', loginResponseSchema),
        ...errors(...BODY_ERRORS, 401, 429),
      },
    },
  },
  '/api/v1/auth/logout': {
    post: {
      tags: ['auth'],
      operationId: 'logout',
      security: writing.security,
      responses: { 204: noContent('Logged out'), ...errors(...writing.errors) },
    },
  },
  '/api/v1/auth/me': {
    get: {
      tags: ['auth'],
      operationId: 'getMe',
      security: reading.security,
      responses: {
        200: json('The signed-in user', userResponseSchema),
        ...errors(...reading.errors),
      },
    },
  },
};
