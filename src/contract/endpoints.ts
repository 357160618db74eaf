/**
 * The README's endpoint table, read from the OpenAPI document (src/contract/openapi.ts) so the
 * two never disagree: one row per operation with its summary and the statuses it answers.
 */
import { buildOpenApi, type AuthMode } from './openapi.js';
import { exampleBodies } from './examples.js';
import type { Json } from './openapi-types.js';

export interface EndpointRow {
  method: string;
  path: string;
  summary: string;
  /** Markdown: the success status with its body, then the error statuses particular to it. */
  answers: string;
}

/** Statuses every body-taking operation may answer: the README states them once, below the table. */
const EVERYWHERE = new Set(['413', '415', '500']);
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

type Node = { [key: string]: Json | undefined };

function bodyName(response: Json | undefined): string {
  const schema = (((response as Node | undefined)?.content as Node | undefined)?.['application/json'] as Node | undefined)?.schema as Node | undefined;
  const ref = typeof schema?.$ref === 'string' ? schema.$ref : '';
  return ref.slice(ref.lastIndexOf('/') + 1);
}

export interface EndpointDocs {
  rows: EndpointRow[];
  /** An example of every body the rows name (Task and User first: the others refer to them). */
  bodies: Array<{ name: string; json: string }>;
}

export function endpointDocs(auth: AuthMode): EndpointDocs {
  const doc = buildOpenApi({ auth, title: '', version: '' }) as Node;
  const rows: EndpointRow[] = [];
  const names = new Set(['Task', ...(auth === 'none' ? [] : ['User'])]);
  for (const [path, item] of Object.entries(doc.paths as Node)) {
    for (const method of METHODS) {
      const op = (item as Node)[method] as Node | undefined;
      if (!op) continue;
      const responses = op.responses as Node;
      const statuses = Object.keys(responses);
      const success = statuses
        .filter((s) => s < '300')
        .map((s) => {
          const name = bodyName(responses[s]);
          if (name) names.add(name);
          return name ? `\`${s}\` ${name}` : `\`${s}\``;
        });
      const errors = statuses.filter((s) => s >= '400' && !EVERYWHERE.has(s)).map((s) => `\`${s}\``);
      rows.push({ method: method.toUpperCase(), path, summary: String(op.summary), answers: [...success, ...errors].join(' · ') });
    }
  }
  return { rows, bodies: exampleBodies(doc as Json, [...names]) };
}
