/**
 * The generated CI's dependency audit (pm.audit in src/choices/package-managers.ts), run as the
 * workflow runs it but against fixture services instead of the real advisory databases: this
 * machine's registry answers 405 to `npm audit`, and pip-audit here skips every package. Each
 * tool must fail on a finding at the threshold, pass on a clean answer, and fail whenever the
 * audit could not run, so an audit that checked nothing never passes.
 */
import { cpSync, mkdirSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { execa } from 'execa';
import { packageManagerFacts } from '../../src/choices/package-managers.js';
import { root, tempDir } from '../helpers/cli.js';

const fixtures = path.join(root, 'test/cloud/fixtures/audit');
let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

interface Seen {
  url: string;
  body: string;
}

/** A fixture service: `answer` gives status and JSON body per request; every request is recorded. */
async function serve(answer: (req: Seen) => { status?: number; body: unknown }): Promise<{ url: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  server = createServer(async (req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const entry = { url: req.url ?? '', body: Buffer.concat(chunks).toString() };
    seen.push(entry);
    const { status = 200, body } = answer(entry);
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}`, seen };
}

const run = (command: string, cwd: string, env: Record<string, string> = {}) =>
  execa({ cwd, shell: true, reject: false, all: true, env: { ...process.env, ...env } })`${command}`;

describe('npm audit --audit-level=high', () => {
  const audit = packageManagerFacts('npm').audit;
  const cwd = path.join(fixtures, 'npm');
  const advisory = (severity: string) => ({
    'left-pad': [
      {
        id: 1,
        url: 'https://example.test/advisory/1',
        title: 'Fixture advisory',
        severity,
        vulnerable_versions: '<=1.3.0',
        cwe: [],
        cvss: { score: 0, vectorString: null },
      },
    ],
  });
  // A cache of its own per run: npm would otherwise answer from an earlier run's advisories.
  const against = (url: string) => run(`${audit} --registry ${url}/`, cwd, { npm_config_cache: tempDir() });

  it('fails on a high-severity advisory', async () => {
    const svc = await serve((r) => ({
      body: r.url.includes('/advisories/bulk') ? advisory('high') : {},
      status: r.url.includes('/advisories/bulk') ? 200 : 404,
    }));
    const r = await against(svc.url);
    expect(r.exitCode, r.all).not.toBe(0);
    expect(r.all).toContain('Fixture advisory');
  });

  it('passes a moderate one and a clean answer, having asked about the locked package', async () => {
    for (const answer of [advisory('moderate'), {}]) {
      const svc = await serve((r) => ({ body: r.url.includes('/advisories/bulk') ? answer : {}, status: r.url.includes('/advisories/bulk') ? 200 : 404 }));
      const r = await against(svc.url);
      expect(r.exitCode, r.all).toBe(0);
      expect(svc.seen.some((s) => s.url.includes('/advisories/bulk'))).toBe(true);
      await new Promise<void>((resolve) => server!.close(() => resolve()));
      server = undefined;
    }
  });

  it('fails when the advisory endpoint refuses (as this machine does: 405)', async () => {
    const svc = await serve(() => ({ status: 405, body: { error: 'Method not allowed' } }));
    const r = await against(svc.url);
    expect(r.exitCode, r.all).not.toBe(0);
    expect(r.all).toContain('audit endpoint returned an error');
  });
});

describe('pip-audit --strict (uv projects)', () => {
  const audit = packageManagerFacts('uv').audit;
  const cwd = path.join(fixtures, 'uv');
  const against = (url: string) => run(`${audit} --osv-url ${url}/v1/query`, cwd);
  const vulnerable = {
    vulns: [
      {
        id: 'PYSEC-0000-1',
        summary: 'Fixture advisory',
        details: 'A fixture.',
        aliases: [],
        modified: '2026-01-01T00:00:00Z',
        published: '2026-01-01T00:00:00Z',
        affected: [
          {
            package: { name: 'idna', ecosystem: 'PyPI' },
            ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '3.11' }] }],
            versions: ['3.10'],
          },
        ],
      },
    ],
  };

  it('fails on a known vulnerability', async () => {
    const svc = await serve(() => ({ body: vulnerable }));
    const r = await against(svc.url);
    expect(r.exitCode, r.all).not.toBe(0);
    expect(r.all).toContain('PYSEC-0000-1');
  });

  it('passes a clean answer, having asked about every locked package', async () => {
    const svc = await serve(() => ({ body: {} }));
    const r = await against(svc.url);
    expect(r.exitCode, r.all).toBe(0);
    expect(svc.seen.map((s) => JSON.parse(s.body).package.name)).toEqual(['idna']);
  });

  it('fails when the service cannot answer, instead of skipping the package', async () => {
    const svc = await serve(() => ({ status: 405, body: {} }));
    const r = await against(svc.url);
    expect(r.exitCode, r.all).not.toBe(0);
  });
});

describe('govulncheck (Go projects)', () => {
  const audit = packageManagerFacts('go').audit;
  const cwd = path.join(fixtures, 'go');
  // govulncheck reads flags before the package patterns: -db goes in front of ./...
  const against = (db: string) => {
    expect(audit.endsWith(' ./...')).toBe(true);
    return run(audit.replace(/ \.\/\.\.\.$/, ` -db ${db} ./...`), cwd);
  };

  it('fails on a vulnerability in a function the code calls', async () => {
    const r = await against(`file://${path.join(fixtures, 'go-vulndb/vulnerable')}`);
    // govulncheck exits 3 on a finding; `go run` passes any failure on as exit 1.
    expect(r.exitCode, r.all).not.toBe(0);
    expect(r.all).toContain('GO-2026-9999');
    expect(r.all).toContain('exit status 3');
  });

  it('passes a clean database', async () => {
    const r = await against(`file://${path.join(fixtures, 'go-vulndb/clean')}`);
    expect(r.exitCode, r.all).toBe(0);
  });

  it('fails when the database cannot be read', async () => {
    const svc = await serve(() => ({ status: 405, body: {} }));
    const r = await against(svc.url);
    expect(r.exitCode, r.all).not.toBe(0);
  });
});

describe('CycloneDX SBOM + OSV-Scanner (Maven projects)', () => {
  const audit = packageManagerFacts('maven').audit;
  // The workflow gets Go 1.27 from setup-go; here any installed 1.27 toolchain (the go command
  // fetches it as a module if it is missing).
  const goEnv = { GOTOOLCHAIN: 'go1.27.4' };
  /** A project from a fixture pom with the generated projects' Maven wrapper beside it. */
  const project = (fixture: string) => {
    const dir = tempDir();
    cpSync(path.join(fixtures, fixture, 'pom.xml'), path.join(dir, 'pom.xml'));
    cpSync(path.join(root, 'stacks/java/templates/base/mvnw'), path.join(dir, 'mvnw'));
    cpSync(path.join(root, 'stacks/java/templates/base/.mvn'), path.join(dir, '.mvn'), { recursive: true });
    return dir;
  };
  /** An offline OSV database (OSV-Scanner's local-database layout) holding the given advisories. */
  const database = async (advisories: string[]) => {
    const dir = tempDir();
    const maven = path.join(dir, 'osv-scalibr/Maven');
    mkdirSync(maven, { recursive: true });
    const files = advisories.map((a) => path.join(fixtures, 'osv-maven', a));
    await execa('python3', ['-m', 'zipfile', '-c', path.join(maven, 'all.zip'), ...files]);
    return dir;
  };
  // The same command, checked against a local database instead of osv.dev.
  const against = (cwd: string, db: string) => run(`${audit} --offline-vulnerabilities`, cwd, { ...goEnv, OSV_SCANNER_LOCAL_DB_CACHE_DIRECTORY: db });
  const dir = project('maven');

  it('fails on a vulnerability in a transitive dependency', { timeout: 600_000 }, async () => {
    const r = await against(dir, await database(['FIXTURE-2026-0001.json']));
    expect(r.exitCode, r.all).not.toBe(0);
    expect(r.all).toContain('FIXTURE-2026-0001');
    expect(r.all).toContain('commons-lang3');
  });

  it('passes a clean database, having scanned the whole resolved tree', { timeout: 600_000 }, async () => {
    const r = await against(dir, await database([]));
    expect(r.exitCode, r.all).toBe(0);
    expect(r.all).toContain('found 2 packages');
  });

  it('fails when the database cannot be read', { timeout: 600_000 }, async () => {
    const r = await against(dir, tempDir());
    expect(r.exitCode, r.all).not.toBe(0);
  });

  it('fails when the SBOM lists no dependencies, before scanning nothing', { timeout: 600_000 }, async () => {
    const r = await against(project('maven-empty'), await database([]));
    expect(r.exitCode, r.all).not.toBe(0);
    expect(r.all).toContain('lists no dependencies to scan');
  });
});
