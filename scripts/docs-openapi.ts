/** Writes docs/openapi.json from src/contract (test/unit/openapi-doc.test.ts checks it matches). */
import { writeFileSync } from 'node:fs';
import { docsOpenApi } from '../src/contract/docs.js';

writeFileSync(new URL('../docs/openapi.json', import.meta.url), docsOpenApi());
