/**
 * TypeScript + Express 5: Kysely over PostgreSQL, MySQL or SQLite, zod validation (and
 * zod-openapi for the OpenAPI document), pino logs,
 * argon2 + JWT or server-side sessions, Vitest + supertest, Biome, TypeScript 7.
 *
 * Build choice: the generated app keeps erasable TypeScript only and imports with `.ts`
 * extensions, so `dev` runs src/ directly on Node's built-in type stripping (no tsx, no
 * watcher dependency), while `build` compiles to dist/ with `tsc` (rewriting the extensions).
 * Production and the Docker image run plain JavaScript from dist/: no TypeScript sources or
 * compiler in the image, no reliance on type stripping (unflagged only since Node 22.18,
 * while `engines` allows 22.12), and the migrate command works the same in a checkout after
 * `build` and inside the image.
 */
import type { StackDescriptor } from '../../types.js';
import { NODE_VERSIONS, nodeCommands, nodeLayers, nodeManifest, picker } from '../language.js';

/** Express's own packages at current majors; the shared ones come from NODE_VERSIONS. */
const pick = picker({
  ...NODE_VERSIONS,
  express: '^5.3.0',
  zod: '^4.6.7',
  // Builds /openapi.json from the same zod schemas the routes validate with (src/openapi.ts).
  'zod-openapi': '^6.0.2',
  'pino-http': '^11.0.0',
  cors: '^2.8.6',
  jose: '^6.2.17',
  '@types/cors': '^2.8.19',
});

export const express: StackDescriptor = {
  id: 'express',
  language: 'typescript',
  label: 'Express 5',
  hint: 'TypeScript, Kysely, zod, Vitest',
  layers: nodeLayers('express', { plain: true, supertest: true }),
  commands: (ctx) => nodeCommands(ctx, 'server.js'),

  nodeManifest: (ctx) => {
    const jwt = ctx.auth.bearer;
    const session = ctx.auth.cookie;
    return nodeManifest(ctx, {
      entry: 'server.js',
      dev: 'node --watch src/server.ts',
      dependencies: pick([
        'express',
        'zod',
        'zod-openapi',
        'pino',
        'pino-http',
        'helmet',
        'cors',
        'swagger-ui-dist',
        jwt && 'jose',
        session && 'cookie-parser',
      ]),
      devDependencies: pick(['supertest', 'pino-pretty', '@types/express', '@types/cors', '@types/supertest', session && '@types/cookie-parser']),
    });
  },

  docs: (ctx) => {
    const auth = ctx.auth.users;
    const authFiles = [
      'src/modules/auth/auth.routes.ts',
      'src/lib/password.ts',
      ctx.auth.bearer ? 'src/modules/auth/tokens.ts' : 'src/modules/auth/sessions.ts',
      'src/middleware/authenticate.ts',
      'src/middleware/current-user.ts',
      'src/lib/login-attempts.ts',
    ];
    return {
      evidence: {
        sql: ['src/db/migrations/0001_initial.ts', 'src/modules/tasks/task.repository.ts', 'src/db/schema.ts', 'src/lib/like.ts'],
        rest: ['src/modules/tasks/task.routes.ts', 'src/modules/tasks/task.schemas.ts', 'src/middleware/error-handler.ts', 'src/lib/pagination.ts'],
        // Without auth: security headers and CORS (app.ts), and strict input validation.
        auth: auth ? authFiles : ['src/app.ts', 'src/middleware/validate.ts'],
        testing: ['test/unit/', 'test/integration/', 'vitest.config.ts'],
      },
    };
  },
};
