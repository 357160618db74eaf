import { Router } from 'express';
import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import type { AppDeps } from '../../app.ts';
import { unauthorized } from '../../lib/http-error.ts';
import { BODY_ERRORS, errors, json, jsonBody } from '../../lib/responses.ts';
import { reading, requireAuth } from '../../middleware/authenticate.ts';
import { currentUser } from '../../middleware/current-user.ts';
import { noStore } from '../../middleware/no-store.ts';
import { validateBody } from '../../middleware/validate.ts';
import { userRepository } from '../users/user.repository.ts';
import { userResponseSchema, userSchema } from '../users/user.schemas.ts';
import { loginSchema, registerSchema } from './auth.schemas.ts';
import { authService } from './auth.service.ts';
import { ACCESS_TOKEN_TTL_SECONDS, signAccessToken } from './tokens.ts';

/** /api/v1/auth: sign up, log in for a bearer token, and "who am I". */
export function authRouter(deps: AppDeps): Router {
  const auth = authService(deps);
  const users = userRepository(deps.db);
  const router = Router();

  router.post('/register', async (req, res) => {
    const user = await auth.register(validateBody(registerSchema, req.body));
    res.status(201).json({ user });
  });

  // no-store first, so every answer to a login (200, 401, 422, 429) carries it.
  router.post('/login', noStore, async (req, res) => {
    const { email, password } = validateBody(loginSchema, req.body);
    const user = await auth.login(email, password, req.ip ?? '');
    const accessToken = await signAccessToken(user, deps.config.jwtSecret);
    res.json({ accessToken, tokenType: 'Bearer', expiresIn: ACCESS_TOKEN_TTL_SECONDS, user });
  });

  // The token carries only the id and role: the account is read here, and is gone -> 401.
  router.get('/me', requireAuth(deps), async (req, res) => {
    const user = await users.findById(currentUser(req).id);
    if (!user) {
      res.setHeader('WWW-Authenticate', 'Bearer');
      throw unauthorized();
    }
    res.json({ user });
  });

  return router;
}

const loginResponseSchema = z
  .object({
    accessToken: z.string(),
    tokenType: z.literal('Bearer'),
    expiresIn: z.int().meta({ description: 'Seconds until the token expires.' }),
    user: userSchema,
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
