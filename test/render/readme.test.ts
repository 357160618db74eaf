/**
 * The generated README a reviewer reads first: a CI badge, a request-path and a data-model
 * diagram, a "try it" block for the chosen auth mode (the session one with its CSRF header), and
 * no vocabulary of the generator's own ("the contract") anywhere in the generated project.
 */
import { describe, expect, it } from 'vitest';
import { buildContext } from '../../src/context.js';
import { sourceCompiler } from '../../src/render/compilers.js';
import { render } from '../../src/render/engine.js';
import { onePer } from '../helpers/combinations.js';

const compile = await sourceCompiler();
const combos = onePer((a) => `${a.framework}/${a.auth}`);

describe.each(combos.map((a) => [`${a.framework}/${a.auth}`, a] as const))('%s', (_, answers) => {
  const ctx = buildContext(answers, '0.1.0');
  const files = render(ctx, compile);
  const readme = files.get('README.md')!.toString();
  const tryIt = readme.slice(readme.indexOf('### Try it'), readme.indexOf('## Architecture'));

  it('opens with the CI badge of its own repository', () => {
    expect(readme.split('\n')[2]).toBe('[![CI](../../actions/workflows/ci.yml/badge.svg)](../../actions/workflows/ci.yml)');
  });

  it('draws the request path and the data model', () => {
    const diagrams = [...readme.matchAll(/```mermaid\n(\w+)/g)].map((m) => m[1]);
    expect(diagrams).toEqual(['flowchart', 'erDiagram']);
    expect(readme.includes('users ||--o{ tasks')).toBe(ctx.auth.users);
  });

  it('shows how to call the API in its auth mode', () => {
    expect(tryIt).toContain('/api/v1/tasks');
    expect(tryIt.includes('authorization: Bearer $TOKEN')).toBe(ctx.auth.bearer);
    expect(tryIt.includes('x-csrf-token: $CSRF')).toBe(ctx.auth.csrf);
    expect(tryIt.includes('-b cookies.txt')).toBe(ctx.auth.cookie);
    if (!ctx.auth.users) expect(tryIt).not.toMatch(/auth\/login|authorization:/);
  });

  it('speaks of the API spec, never of "the contract"', () => {
    for (const [p, content] of files) {
      if (p === 'LICENSE') continue;
      expect(content.toString(), p).not.toMatch(/\bthe contract\b/i);
    }
  });
});
