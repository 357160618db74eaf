/** The preflight's decisions on a simulated machine: which programs exist, at which versions. */
import { createServer, type Server } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { withDefaults } from '../../src/answers.js';
import { npmSwallowed } from '../../src/args.js';
import { buildContext } from '../../src/context.js';
import { readConfigText, parseConfig } from '../../src/answers.js';
import { dotenvValue } from '../../src/preflight/doctor.js';
import { inputFor } from '../../src/preflight/index.js';
import { preflight } from '../../src/preflight/checks.js';
import { atLeast, versionIn, type Machine } from '../../src/preflight/probe.js';
import type { Answers } from '../../src/options/index.js';

/** programs: argv joined by ' ' (or the program name) -> its output; absent = not installed. */
function machine(programs: Record<string, string>, opts: { env?: NodeJS.ProcessEnv; listening?: string[] } = {}): Machine {
  return {
    env: opts.env ?? {},
    cwd: '/',
    run: async (argv) => {
      const out = programs[argv.join(' ')] ?? (argv[0]! in programs && argv.length === 2 && /version/.test(argv[1]!) ? programs[argv[0]!] : undefined);
      return out === undefined ? { ok: false, missing: true, output: '' } : { ok: true, missing: false, output: out };
    },
    which: (cmd) => cmd in programs,
    listening: async (host, port) => (opts.listening ?? []).includes(`${host}:${port}`),
  };
}

const GIT = { git: 'git version 2.47.1', 'git config --get-regexp ^user\\.(name|email)$': 'user.name Ada\nuser.email ada@example.com' };

function ctxOf(a: Partial<Answers>) {
  return buildContext({ ...withDefaults(a), name: 'api', ...a } as Answers, '0.1.0');
}

const find = (r: Awaited<ReturnType<typeof preflight>>, id: string) => r.findings.find((f) => f.id === id);

describe('preflight', () => {
  it('Node older than the minimum blocks an install, and only an install', async () => {
    const m = machine({ node: 'v20.19.0', npm: '10.8.2', ...GIT });
    const withInstall = await preflight(m, inputFor(ctxOf({ install: true })));
    expect(withInstall.blockers.map((f) => f.text)).toEqual([
      expect.stringMatching(/^Node\.js 20\.19\.0 is older than 22\.18, which this project needs: install Node\.js 24/),
    ]);
    const without = await preflight(m, inputFor(ctxOf({ install: false })));
    expect(without.blockers).toEqual([]);
    expect(find(without, 'runtime')?.status).toBe('problem');
  });

  it('Python without uv: uv is the blocker; pip is reported as the fallback route, with its minimum', async () => {
    const old = await preflight(
      machine({ python3: 'Python 3.12.3', 'python3 -m pip --version': 'pip 24.0 from /usr/lib', ...GIT }),
      inputFor(ctxOf({ framework: 'fastapi', install: true })),
    );
    expect(old.blockers.map((f) => f.id)).toEqual(['tool']);
    expect(find(old, 'tool')?.text).toMatch(/^uv is not installed: curl -LsSf https:\/\/astral\.sh\/uv\/install\.sh \| sh/);
    expect(find(old, 'fallback')?.text).toBe("pip 24.0 is older than 25.1, which the README's pip route needs: python3 -m pip install --upgrade pip");
    const fresh = await preflight(
      machine({ python3: 'Python 3.13.1', 'python3 -m pip --version': 'pip 25.3 from /x', ...GIT }),
      inputFor(ctxOf({ framework: 'flask', install: true })),
    );
    expect(find(fresh, 'fallback')).toMatchObject({ status: 'info', text: expect.stringMatching(/^pip 25\.3 can take the README's pip route/) });
  });

  it('Python missing while uv is there: not a problem, uv fetches one', async () => {
    const r = await preflight(machine({ uv: 'uv 0.9.1', ...GIT }), inputFor(ctxOf({ framework: 'django', install: true })));
    expect(r.blockers).toEqual([]);
    expect(find(r, 'runtime')).toMatchObject({
      status: 'info',
      text: expect.stringMatching(/^Python is not installed; uv downloads a Python that fits requires-python on the first `uv sync`$/),
    });
  });

  it('pnpm missing: Corepack is the fix when it is there', async () => {
    const base = { node: 'v24.11.0', ...GIT };
    const a = await preflight(machine({ ...base, corepack: '0.34.0' }), inputFor(ctxOf({ packageManager: 'pnpm', install: true })));
    expect(find(a, 'tool')?.text).toBe('pnpm is not installed: corepack enable pnpm');
    const b = await preflight(machine(base), inputFor(ctxOf({ packageManager: 'pnpm', install: true })));
    expect(find(b, 'tool')?.text).toBe('pnpm is not installed: npm install -g pnpm@latest');
  });

  it('git: missing, or without an identity', async () => {
    const none = await preflight(machine({ node: 'v24.1.0', npm: '11.6.0' }), inputFor(ctxOf({ git: true })));
    expect(none.gitInstalled).toBe(false);
    expect(find(none, 'git')?.text).toMatch(/^git is not installed: https:\/\/git-scm\.com\/downloads/);
    const anon = await preflight(machine({ node: 'v24.1.0', npm: '11.6.0', git: 'git version 2.47.1' }), inputFor(ctxOf({ git: true })));
    expect(anon.identity).toEqual({});
    expect(find(anon, 'git-identity')?.text).toMatch(/git config --global user\.name "Your Name"/);
  });

  it('the database: DATABASE_URL from the environment or .env, and whether a server answers there', async () => {
    const ctx = ctxOf({ database: 'mysql' });
    const base = { node: 'v24.1.0', npm: '11.6.0', ...GIT };
    const notSet = await preflight(machine(base), inputFor(ctx));
    expect(find(notSet, 'database')?.text).toMatch(
      /^DATABASE_URL is not set and no MySQL answers at localhost:3306: docker compose up -d db, or install MySQL \(https:\/\/mariadb\.org/,
    );
    const fromEnv = await preflight(
      machine(base, { env: { DATABASE_URL: 'mysql://root:root@db.internal:3307/x' }, listening: ['db.internal:3307'] }),
      inputFor(ctx),
    );
    expect(find(fromEnv, 'database')).toMatchObject({ status: 'ok', text: 'DATABASE_URL is set and something answers at db.internal:3307' });
    const fromDotenv = await preflight(machine(base), inputFor(ctx, { dotenvUrl: 'mysql://root:root@127.0.0.1:3306/x' }));
    expect(find(fromDotenv, 'database')?.text).toMatch(/^DATABASE_URL in \.env points at 127\.0\.0\.1:3306, where nothing answers/);
    const sqlite = await preflight(machine(base), inputFor(ctxOf({ database: 'sqlite' })));
    expect(find(sqlite, 'database')?.status).toBe('ok');
  });

  it('the database: a Node project runs its own PostgreSQL while DATABASE_URL is unset, and checks a URL that is set', async () => {
    const ctx = ctxOf({ framework: 'express', database: 'postgres' });
    const base = { node: 'v24.1.0', npm: '11.6.0', ...GIT };
    const embedded = await preflight(machine(base), inputFor(ctx));
    expect(find(embedded, 'database')).toMatchObject({
      status: 'ok',
      text: expect.stringMatching(/^PostgreSQL: DATABASE_URL is not set, so development and the tests start an embedded server in data\/postgres/),
    });
    const fromEnv = await preflight(machine(base, { env: { DATABASE_URL: 'postgresql://u:p@127.0.0.1:5433/x' } }), inputFor(ctx));
    expect(find(fromEnv, 'database')?.status).toBe('problem');
  });

  it('before generating (quick), tools with no minimum are looked up, not run', async () => {
    const ran: string[] = [];
    const m = machine({ node: 'v24.1.0', npm: '11.6.0', uv: 'uv 0.9.1', python3: 'Python 3.9.0', docker: 'Docker version 28', ...GIT });
    const spy: Machine = {
      ...m,
      run: (argv) => {
        ran.push(argv[0]!);
        return m.run(argv);
      },
    };
    const node = await preflight(spy, inputFor(ctxOf({ install: true }), { quick: true }));
    expect(node.blockers).toEqual([]);
    const py = await preflight(spy, inputFor(ctxOf({ framework: 'fastapi', install: true }), { quick: true }));
    expect(py.blockers).toEqual([]); // uv brings its own Python: the old python3 is not even asked
    expect(new Set(ran)).toEqual(new Set(['node', 'git']));
    expect(node.identity).toEqual({ name: 'Ada', email: 'ada@example.com' });
  });

  it('versions', () => {
    expect(versionIn('go version go1.26.8 linux/amd64')).toBe('1.26.8');
    expect(versionIn('openjdk version "25.0.1" 2025-10-21')).toBe('25.0.1');
    expect(atLeast('22.12.0', '22.12')).toBe(true);
    expect(atLeast('22.9.1', '22.12')).toBe(false);
    expect(atLeast('3.11', '3.11')).toBe(true);
  });

  it('dotenv values', () => {
    expect(dotenvValue('# c\nPORT=3000\nDATABASE_URL="postgresql://a@b/c"\n', 'DATABASE_URL')).toBe('postgresql://a@b/c');
    expect(dotenvValue('export DATABASE_URL=x', 'DATABASE_URL')).toBe('x');
    expect(dotenvValue('DATABASE_URL=', 'DATABASE_URL')).toBeUndefined();
  });
});

describe('npm argument swallowing', () => {
  it('names the flags npm kept (its own options do not count)', () => {
    expect(npmSwallowed({ npm_config_framework: 'true', npm_config_database: 'true', npm_config_yes: 'true', npm_config_cache: '/x' })).toEqual([
      '--framework',
      '--database',
    ]);
    expect(npmSwallowed({ npm_config_package_manager: 'pnpm', npm_config_install: '' })).toEqual(['--package-manager', '--install']);
    expect(npmSwallowed({})).toEqual([]);
  });
});

describe('--config presets', () => {
  it('locked answers, in a plain answers file and in a generated one', () => {
    expect(parseConfig('{"database":"mysql","locked":["database"]}', 'c.json', '0.1.0')).toEqual({ answers: { database: 'mysql' }, locked: ['database'] });
    const generated = JSON.stringify({ generatorVersion: '0.1.0', answers: { framework: 'django' }, locked: ['framework'] });
    expect(parseConfig(generated, 'g.json', '0.1.0')).toEqual({ answers: { framework: 'django' }, locked: ['framework'] });
    expect(() => parseConfig('{"locked":"database"}', 'c.json', '0.1.0')).toThrow(/"locked" must be a list/);
    expect(() => parseConfig('{"name":"x","locked":["name"]}', 'c.json', '0.1.0')).toThrow(/not an answer/);
  });

  let server: Server | undefined;
  afterAll(() => server?.close());
  it('a URL that never answers: a timeout error, not a hang', async () => {
    server = createServer(() => undefined).listen(0, '127.0.0.1');
    await new Promise((r) => server!.once('listening', r));
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/slow.json`;
    await expect(readConfigText(url, 300)).rejects.toThrow(/^Cannot fetch --config http:\/\/127\.0\.0\.1:\d+\/slow\.json: no answer within 0\.3 s/);
  });
});
