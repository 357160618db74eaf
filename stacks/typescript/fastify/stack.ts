/**
 * TypeScript + Fastify 5: Kysely over PostgreSQL, MySQL or SQLite, JSON Schema (TypeBox) for
 * validation and response serialisation, Fastify's built-in pino logger, argon2 + @fastify/jwt
 * or server-side sessions on @fastify/cookie, Vitest with `app.inject()`, Biome, TypeScript 7.
 *
 * The app is a tree of encapsulated plugins: cross-cutting ones (database, errors, auth) are
 * wrapped in fastify-plugin so their decorators reach every route, while each resource's routes
 * are a plugin of their own under a prefix, with their hooks scoped to them.
 *
 * Build choice (shared with the Express stack): erasable TypeScript only with `.ts` imports, so
 * `dev` runs src/ on Node's type stripping and `build` compiles to dist/ with tsc; production,
 * the Docker image and the migrate command run plain JavaScript from dist/.
 */
import type { StackDescriptor } from '../../types.js';
import { NODE_VERSIONS, nodeCommands, nodeLayers, nodeManifest, picker } from '../language.js';

/** Fastify's own packages at current majors; the shared ones come from NODE_VERSIONS. */
const pick = picker({
  ...NODE_VERSIONS,
  fastify: '^5.12.8',
  'fastify-plugin': '^6.0.1',
  typebox: '^1.4.3',
  '@fastify/type-provider-typebox': '^6.3.0',
  ajv: '^8.20.0',
  'ajv-formats': '^3.0.1',
  'ajv-keywords': '^5.1.0',
  '@fastify/helmet': '^13.2.0',
  '@fastify/cors': '^11.4.3',
  '@fastify/swagger': '^9.9.3',
  '@fastify/swagger-ui': '^6.1.3',
  '@fastify/jwt': '^10.2.8',
  '@fastify/cookie': '^11.1.5',
});

export const fastify: StackDescriptor = {
  id: 'fastify',
  language: 'typescript',
  label: 'Fastify 5',
  hint: 'TypeScript, Kysely, JSON Schema (TypeBox), Vitest',
  experimental: false,
  layers: nodeLayers('fastify', { plain: true, supertest: false }),
  commands: (ctx) => nodeCommands(ctx, 'server.js'),

  nodeManifest: (ctx) => {
    return nodeManifest(ctx, {
      entry: 'server.js',
      dev: 'node --watch src/server.ts',
      dependencies: pick([
        'fastify',
        'fastify-plugin',
        'typebox',
        '@fastify/type-provider-typebox',
        'ajv',
        'ajv-formats',
        'ajv-keywords',
        '@fastify/helmet',
        '@fastify/cors',
        '@fastify/swagger',
        '@fastify/swagger-ui',
        ctx.auth.bearer && '@fastify/jwt',
        ctx.auth.cookie && '@fastify/cookie',
        'pino',
      ]),
      devDependencies: pick(['pino-pretty']),
    });
  },

  docs: (ctx) => {
    const auth = ctx.auth.users;
    return {
      evidence: {
        sql: ['src/db/migrations/0001_initial.ts', 'src/modules/tasks/task.repository.ts', 'src/db/schema.ts', 'src/lib/like.ts'],
        rest: ['src/modules/tasks/task.routes.ts', 'src/modules/tasks/task.schemas.ts', 'src/plugins/error-handler.ts', 'src/lib/validation.ts'],
        auth: auth
          ? [
              'src/modules/auth/auth.routes.ts',
              'src/lib/password.ts',
              ctx.auth.bearer ? 'src/modules/auth/tokens.ts' : 'src/modules/auth/sessions.ts',
              'src/plugins/authenticate.ts',
              'src/lib/login-attempts.ts',
              'src/modules/users/user.routes.ts',
            ]
          : ['src/app.ts (helmet, CORS)', 'src/lib/validation.ts'],
        testing: ['test/unit/', 'test/integration/', 'vitest.config.ts'],
      },
    };
  },
};
