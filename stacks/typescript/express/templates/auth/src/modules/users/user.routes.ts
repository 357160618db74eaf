import { Router } from 'express';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import type { AppDeps } from '../../app.ts';
import { pageQuerySchema } from '../../lib/pagination.ts';
import { errors, json } from '../../lib/responses.ts';
import { reading, requireAuth } from '../../middleware/authenticate.ts';
import { requireAdmin } from '../../middleware/current-user.ts';
import { validateQuery } from '../../middleware/validate.ts';
import { userRepository } from './user.repository.ts';
import { userPageSchema } from './user.schemas.ts';

/** /api/v1/users: the account list, for admins only (401 signed out, 403 for other users). */
export function userRouter(deps: AppDeps): Router {
  const users = userRepository(deps.db);
  const router = Router();
  router.use(requireAuth(deps), requireAdmin);

  router.get('/', async (req, res) => {
    const query = validateQuery(pageQuerySchema, req.query);
    res.json(await users.list(query));
  });

  return router;
}

/** The routes above in /openapi.json (src/openapi.ts). */
export const userPaths: ZodOpenApiPathsObject = {
  '/api/v1/users': {
    get: {
      tags: ['users'],
      operationId: 'listUsers',
      security: reading.security,
      requestParams: { query: pageQuerySchema },
      responses: {
        200: json('A page of users', userPageSchema),
        ...errors(...reading.errors, 403, 422),
      },
    },
  },
};
