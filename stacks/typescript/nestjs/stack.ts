/**
 * TypeScript + NestJS 12: feature modules with controllers, injectable services and
 * repositories, DTOs validated by class-validator through a global ValidationPipe, guards for
 * authentication and roles, one global exception filter. Kysely over PostgreSQL, MySQL or
 * SQLite (like the Express stack), argon2 + JWT (@nestjs/jwt) or server-side sessions,
 * @nestjs/swagger building the OpenAPI document from the controllers and serving Swagger UI,
 * @nestjs/config, Vitest + supertest + @nestjs/testing, Biome, TypeScript 6 (@nestjs/swagger's
 * peer range and @nestjs/cli's own dependency stop at 6).
 *
 * NestJS 12 is the current major (ESM packages, Node >= 22.12), which matches the ESM layout of
 * the shared Node layer.
 *
 * Build choice: Nest's dependency injection reads the constructor types that TypeScript writes
 * as decorator metadata (`experimentalDecorators` + `emitDecoratorMetadata`), which Node's
 * type stripping can't produce. So the Nest CLI (@nestjs/cli, nest-cli.json) does what it does
 * in every Nest project: `build` is `nest build` (tsc over tsconfig.build.json into dist/) and
 * `dev` is `nest start --watch`; `nest g` generates modules, controllers and services.
 * Production and the Docker image run dist/. Vitest transforms decorators itself, reading the
 * same tsconfig.json.
 *
 * Deviation from a fresh `nest new`: imports name their `.ts` files (`./app.module.ts`), as in
 * the other Node stacks; tsc rewrites them to `.js` in dist/ (rewriteRelativeImportExtensions),
 * which Node's ESM loader needs, where `nest new` projects are CommonJS without extensions.
 */
import type { StackDescriptor } from '../../types.js';
import { NODE_VERSIONS, nodeCommands, nodeLayers, nodeManifest, picker } from '../language.js';

/** Nest's own packages at current majors; the shared ones come from NODE_VERSIONS. */
const pick = picker({
  ...NODE_VERSIONS,
  '@nestjs/common': '^12.5.1',
  '@nestjs/core': '^12.5.1',
  '@nestjs/platform-express': '^12.5.1',
  '@nestjs/jwt': '^12.0.2',
  '@nestjs/swagger': '^12.0.2',
  '@nestjs/config': '^12.0.1',
  '@nestjs/cli': '^12.0.8',
  'reflect-metadata': '^0.2.2',
  rxjs: '^7.8.2',
  'class-validator': '^0.15.1',
  'class-transformer': '^0.5.1',
  '@nestjs/testing': '^12.1.1',
  // TypeScript 6, not 7 (the other Node stacks): @nestjs/swagger 12 declares
  // `typescript: ^5.5 || ^6` as a peer, so npm refuses to install it next to TypeScript 7
  // (ERESOLVE), and @nestjs/cli 12 compiles with TypeScript ~6.0.
  typescript: '^6.0.3',
});

export const nestjs: StackDescriptor = {
  id: 'nestjs',
  tooling: { decoratorMetadata: true },
  language: 'typescript',
  label: 'NestJS 12',
  hint: 'TypeScript, modules + DI, class-validator, Kysely, Vitest',
  layers: nodeLayers('nestjs', { plain: false, supertest: true }),
  commands: (ctx) => nodeCommands(ctx, 'main.js'),

  nodeManifest: (ctx) => {
    const jwt = ctx.auth.bearer;
    const session = ctx.auth.cookie;
    return nodeManifest(ctx, {
      entry: 'main.js',
      dev: 'nest start --watch',
      build: 'nest build',
      dependencies: pick([
        '@nestjs/common',
        '@nestjs/core',
        '@nestjs/platform-express',
        '@nestjs/swagger',
        '@nestjs/config',
        'reflect-metadata',
        'rxjs',
        'class-validator',
        'class-transformer',
        'helmet',
        jwt && '@nestjs/jwt',
        session && 'cookie-parser',
      ]),
      devDependencies: pick([
        '@nestjs/cli',
        '@nestjs/testing',
        // Overrides the shared TypeScript 7 (see the version table).
        'typescript',
        'supertest',
        '@types/express',
        '@types/supertest',
        session && '@types/cookie-parser',
      ]),
    });
  },

  docs: (ctx) => {
    const auth = ctx.auth.users;
    const authFiles = [
      'src/auth/auth.controller.ts',
      'src/auth/auth.service.ts',
      'src/auth/password.service.ts',
      'src/lib/password.ts',
      ctx.auth.bearer ? 'src/auth/access-token.service.ts' : 'src/auth/sessions.service.ts',
      'src/auth/auth.guard.ts',
      'src/auth/roles.guard.ts',
      'src/lib/login-attempts.ts',
    ];
    return {
      evidence: {
        sql: ['src/db/migrations/0001_initial.ts', 'src/tasks/tasks.repository.ts', 'src/db/schema.ts', 'src/lib/like.ts'],
        rest: ['src/tasks/tasks.controller.ts', 'src/tasks/dto/', 'src/common/api-exception.filter.ts', 'src/common/validation.ts'],
        auth: auth ? authFiles : ['src/app.setup.ts', 'src/common/validation.ts'],
        testing: ['test/unit/', 'test/integration/', 'vitest.config.ts'],
      },
    };
  },
};
