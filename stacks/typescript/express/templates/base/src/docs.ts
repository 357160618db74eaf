import { createRequire } from 'node:module';
import path from 'node:path';
import { Router } from 'express';

// Swagger UI's files come from the swagger-ui-dist package and are served by this app, so the
// explorer works offline and needs no third-party CDN (which the CSP would block anyway).
const swaggerUiDir = path.dirname(
  createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'),
);
const ASSETS = new Set(['swagger-ui.css', 'swagger-ui-bundle.js', 'favicon-32x32.png']);

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>API explorer</title>
    <link rel="icon" href="/docs/assets/favicon-32x32.png" />
    <link rel="stylesheet" href="/docs/assets/swagger-ui.css" />
  </head>
  <body>
    <div id="swagger-ui"></div>
    <script src="/docs/assets/swagger-ui-bundle.js"></script>
    <script src="/docs/init.js"></script>
  </body>
</html>
`;

// A separate file rather than an inline script, so the default Content-Security-Policy holds.
const INIT_SCRIPT = `window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#swagger-ui' });\n`;

/**
 * GET /openapi.json serves the OpenAPI document built from the code (src/openapi.ts, built once
 * when the app is); GET /docs is an explorer for it.
 */
export function docsRouter(document: object): Router {
  const router = Router();
  router.get('/openapi.json', (_req, res) => {
    res.json(document);
  });
  router.get('/docs', (_req, res) => {
    res.type('html').send(PAGE);
  });
  router.get('/docs/init.js', (_req, res) => {
    res.type('js').send(INIT_SCRIPT);
  });
  router.get('/docs/assets/:file', (req, res, next) => {
    if (!ASSETS.has(req.params.file)) {
      next();
      return;
    }
    // `root` matters: with pnpm the package lives under node_modules/.pnpm/, and without a root
    // Express refuses any path that has a dot-folder in it.
    res.sendFile(req.params.file, { root: swaggerUiDir, maxAge: '1d' });
  });
  return router;
}
