import path from 'node:path';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyPluginAsync } from 'fastify';

/**
 * GET /openapi.json serves the OpenAPI document at the project root exactly as written (it is the
 * API contract; @fastify/swagger's static mode loads it once at startup), and GET /docs is a
 * Swagger UI explorer for it, with every asset served by this app (no CDN, the CSP holds).
 */
const docs: FastifyPluginAsync<{ specPath?: string }> = async (app, opts) => {
  const specPath = opts.specPath ?? path.resolve('openapi.json');
  await app.register(swagger, {
    mode: 'static',
    specification: { path: specPath, baseDir: path.dirname(specPath) },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  app.get('/openapi.json', async () => app.swagger());
};

export default docs;
