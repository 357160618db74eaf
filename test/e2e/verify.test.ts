/**
 * `verify` on a project whose API is broken: it runs the recorded commands, starts the app,
 * runs the bundled conformance suite, names the failing checks, exits 1 and leaves no process.
 * (Every real cell passing `verify` is the smoke's job: test/smoke/run.ts drives it.)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from '../helpers/cli.js';

/** A "project" whose app answers /health and nothing else correctly: 200 {} everywhere. */
function brokenProject(): string {
  const dir = tempDir();
  mkdirSync(path.join(dir, 'data'));
  writeFileSync(
    path.join(dir, 'server.mjs'),
    `import { createServer } from 'node:http';
createServer((req, res) => {
  res.setHeader('content-type', 'application/json');
  res.end(req.url === '/health' ? '{"status":"ok"}' : '{}');
}).listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => process.exit(0));
`,
  );
  const commands = { install: 'true', build: '', lint: 'true', typecheck: '', migrate: 'true', test: 'true', start: `${process.execPath} server.mjs`, dev: '' };
  writeFileSync(path.join(dir, '.backend-roadmap.json'), JSON.stringify({ answers: { database: 'sqlite', auth: 'none' }, commands }));
  return dir;
}

const portIsFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.on('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.on('error', () => resolve(true));
  });

describe('verify', () => {
  it('fails on a broken API, names the failing checks and stops the app', async () => {
    const dir = brokenProject();
    const r = await cli(['verify', dir, '--port', '4390'], { cwd: dir });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/✔ install/);
    expect(r.stdout).toMatch(/✔ start/);
    expect(r.stdout).toMatch(/✖ conformance/);
    expect(r.stdout).toMatch(/✖ health > GET \/health\/ready/);
    expect(r.stdout).toMatch(/POST \/api\/v1\/tasks -> 200 \{\}: expected 200 to be 201/);
    expect(r.stdout).toMatch(/verify: failed at conformance/);
    expect(await portIsFree(4390)).toBe(true);
  });

  it('--json reports every step and each failure', async () => {
    const dir = brokenProject();
    const r = await cli(['verify', dir, '--json', '--skip', 'lint'], { cwd: dir });
    expect(r.exitCode).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.steps.find((s: { step: string }) => s.step === 'lint').skipped).toBe(true);
    expect(report.conformance.failed).toBeGreaterThan(5);
    expect(report.conformance.failures[0]).toMatchObject({ name: expect.any(String), error: expect.any(String) });
  });

  it('refuses a folder that is not a generated project, and unknown steps', async () => {
    const dir = tempDir();
    const missing = await cli(['verify', dir], { cwd: dir });
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toMatch(/no \.backend-roadmap\.json/);
    const bad = await cli(['verify', brokenProject(), '--only', 'deploy'], { cwd: dir });
    expect(bad.stderr).toMatch(/unknown step "deploy"/);
  });

  it('--embedded runs the tests with no database URL at all, and only on a PostgreSQL project', async () => {
    const dir = brokenProject();
    const meta = path.join(dir, '.backend-roadmap.json');
    const commands = { install: 'true', test: `${process.execPath} -e "process.exit(process.env.DATABASE_URL || process.env.TEST_DATABASE_URL ? 1 : 0)"` };
    writeFileSync(meta, JSON.stringify({ answers: { database: 'postgres', auth: 'none' }, commands }));
    const env = { DATABASE_URL: 'postgres://example.invalid/app', TEST_DATABASE_URL: 'postgres://example.invalid/test' };
    const r = await cli(['verify', dir, '--only', 'test', '--embedded', '--json'], { cwd: dir, env });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(JSON.parse(r.stdout).steps.map((s: { step: string }) => s.step)).toContain('test (embedded)');
    const withStart = await cli(['verify', dir, '--embedded'], { cwd: dir });
    expect(withStart.stderr).toMatch(/--embedded checks the tests only/);
    writeFileSync(meta, JSON.stringify({ answers: { database: 'mysql', auth: 'none' }, commands }));
    const mysql = await cli(['verify', dir, '--only', 'test', '--embedded'], { cwd: dir });
    expect(mysql.exitCode).toBe(2);
    expect(mysql.stderr).toMatch(/--embedded needs a PostgreSQL project; this one uses mysql/);
  });
});
