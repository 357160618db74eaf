/**
 * A learner's first run on the machine they have: the preflight (a missing tool is one clear
 * error before anything is written), `doctor`, the lock file in every first commit, and the git
 * identity in LICENSE and the first commit. The machine is simulated with a PATH holding only
 * the programs a test names (test/helpers/path.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from '../helpers/cli.js';
import { fakeTool, gitEnv, toolsPath } from '../helpers/path.js';

const BASE = { NO_COLOR: '1', npm_config_user_agent: '' };
const NODE24 = fakeTool('v24.11.0', 'exit 1');
const IDENTITY = gitEnv({ name: 'Ada Lovelace', email: 'ada@example.com' });

function env(PATH: string, extra: Record<string, string> = {}): Record<string, string> {
  return { ...BASE, ...IDENTITY, PATH, ...extra };
}

const tracked = async (dir: string) => (await execa('git', ['ls-files'], { cwd: dir })).stdout.split('\n');

describe('preflight: a missing tool the install needs', () => {
  it('FastAPI without uv: one error naming the install command, exit 1, nothing written', async () => {
    const cwd = tempDir();
    const PATH = toolsPath({ node: true, git: true, python3: true });
    const r = await cli(['api', '--framework', 'fastapi', '--yes', '--install'], { cwd, env: env(PATH) });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(
      /^error: uv is not installed: curl -LsSf https:\/\/astral\.sh\/uv\/install\.sh \| sh.*, or pass --no-install\. Nothing was written\.$/m,
    );
    expect(r.stderr + r.stdout).not.toMatch(/not found|\/bin\/sh/);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('pnpm missing: corepack enable pnpm when Corepack is there, npm install -g otherwise', async () => {
    const args = ['api', '--package-manager', 'pnpm', '--yes', '--install', '--no-git'];
    const withCorepack = await cli(args, { cwd: tempDir(), env: env(toolsPath({ node: NODE24, git: true, corepack: fakeTool('0.34.0') })) });
    expect(withCorepack.exitCode).toBe(1);
    expect(withCorepack.stderr).toMatch(/^error: pnpm is not installed: corepack enable pnpm, or pass --no-install/m);
    const cwd = tempDir();
    const without = await cli(args, { cwd, env: env(toolsPath({ node: NODE24, git: true })) });
    expect(without.stderr).toMatch(/^error: pnpm is not installed: npm install -g pnpm@latest, or pass --no-install/m);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('Node older than the project needs: the version, the minimum and where to get Node', async () => {
    const cwd = tempDir();
    const r = await cli(['api', '--yes', '--install', '--no-git'], {
      cwd,
      env: env(toolsPath({ node: fakeTool('v20.11.1'), npm: fakeTool('10.2.4'), git: true })),
    });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/^error: Node\.js 20\.11\.1 is older than 22\.18, which this project needs: install Node\.js 24 LTS from https:\/\/nodejs\.org/m);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('with --no-install the same findings are warnings, and the next steps start with the fix', async () => {
    const cwd = tempDir();
    const r = await cli(['api', '--framework', 'flask', '--yes', '--no-install', '--no-git'], {
      cwd,
      env: env(toolsPath({ node: true, git: true, python3: true })),
    });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^! uv is not installed: curl -LsSf/m);
    expect(r.stdout).toMatch(/Next steps:\n {2}# first: uv is not installed/);
    expect(existsSync(path.join(cwd, 'api/pyproject.toml'))).toBe(true);
  });
});

describe('doctor', () => {
  it('inside a project: one line per check, the fix on each problem, exit 1', async () => {
    const cwd = tempDir();
    expect((await cli(['shop', '--framework', 'django', '--yes', '--no-install', '--no-git'], { cwd })).exitCode).toBe(0);
    const r = await cli(['doctor', 'shop'], {
      cwd,
      env: env(toolsPath({ node: true, git: true, python3: true }), { DATABASE_URL: 'postgresql://u:p@127.0.0.1:1/x' }),
    });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/^shop: Django .* on PostgreSQL$/m);
    expect(r.stdout).toMatch(/^ {2}✔ Python 3\.\d+/m);
    expect(r.stdout).toMatch(/^ {2}✖ uv is not installed: curl -LsSf/m);
    expect(r.stdout).toMatch(/^ {2}✔ git identity: Ada Lovelace <ada@example\.com>$/m);
    expect(r.stdout).toMatch(/^ {2}i Docker is not installed .*https:\/\/docs\.docker\.com/m);
    expect(r.stdout).toMatch(/DATABASE_URL points at 127\.0\.0\.1:1, where nothing answers: start the database \(docker compose up -d db/);
  });

  it('reads DATABASE_URL from the project .env, and is green when everything is there', async () => {
    const cwd = tempDir();
    expect((await cli(['todo', '--database', 'sqlite', '--yes', '--no-install', '--no-git'], { cwd })).exitCode).toBe(0);
    const r = await cli(['doctor'], {
      cwd: path.join(cwd, 'todo'),
      env: env(toolsPath({ node: NODE24, npm: fakeTool('11.6.0'), git: true, docker: fakeTool('Docker version 28.2.2') })),
    });
    expect(r.stdout, r.stderr).toMatch(/Ready: nothing to fix/);
    expect(r.exitCode).toBe(0);
  });

  it('outside a generated project: one clear error', async () => {
    const r = await cli(['doctor'], { cwd: tempDir() });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/^error: .* has no \.backend-roadmap\.json: doctor checks a project/);
  });
});

describe('the first commit has the lock file', () => {
  it('--no-install resolves package-lock.json without installing (real npm)', async () => {
    const cwd = tempDir();
    const r = await cli(['locked', '--auth', 'none', '--yes', '--no-install', '--git'], { cwd, env: { ...BASE, ...IDENTITY } });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Resolved the lock file without installing \(npm install --package-lock-only --ignore-scripts/);
    expect(await tracked(path.join(cwd, 'locked'))).toContain('package-lock.json');
    expect(existsSync(path.join(cwd, 'locked/node_modules'))).toBe(false);
  }, 120_000);

  it('a registry that cannot be reached: said loudly, with the command to commit it later', async () => {
    const cwd = tempDir();
    const npm = fakeTool('11.6.0', 'echo "npm error code ENOTFOUND registry.npmjs.org" >&2; exit 1');
    const r = await cli(['offline', '--yes', '--no-install', '--git'], { cwd, env: env(toolsPath({ node: NODE24, npm, git: true })) });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/✖ No lock file in the first commit: `npm install --package-lock-only[^`]*` could not run \(npm error code ENOTFOUND/);
    expect(r.stdout).toMatch(
      /they FAIL until it is committed:\n {2}cd offline && npm install --package-lock-only .* && git add -A && git commit -m "Add the lock file"/,
    );
    expect(await tracked(path.join(cwd, 'offline'))).not.toContain('package-lock.json');
  });

  it('uv missing: uv.lock cannot be resolved, and the output says so', async () => {
    const cwd = tempDir();
    const r = await cli(['pyapi', '--framework', 'fastapi', '--yes', '--no-install', '--git'], {
      cwd,
      env: env(toolsPath({ node: true, git: true, python3: true })),
    });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/No lock file in the first commit: `uv lock` could not run \(uv is not installed/);
    expect(r.stdout).toContain('cd pyapi && uv lock && git add -A');
  });
});

describe("the repo is the learner's", () => {
  it('LICENSE and the first commit use the git identity', async () => {
    const cwd = tempDir();
    const npm = fakeTool('11.6.0', 'echo "{}" > package-lock.json');
    const r = await cli(['mine', '--yes', '--no-install', '--git'], { cwd, env: env(toolsPath({ node: NODE24, npm, git: true })) });
    expect(r.exitCode, r.stderr).toBe(0);
    const dir = path.join(cwd, 'mine');
    expect(readFileSync(path.join(dir, 'LICENSE'), 'utf8')).toMatch(/^Copyright \(c\) \d{4} Ada Lovelace$/m);
    const author = await execa('git', ['log', '-1', '--format=%an <%ae>'], { cwd: dir });
    expect(author.stdout).toBe('Ada Lovelace <ada@example.com>');
    expect(r.stdout).toContain('Made the first commit as Ada Lovelace <ada@example.com>');
  });

  it('without an identity: says what it used and how to amend', async () => {
    const cwd = tempDir();
    const npm = fakeTool('11.6.0', 'echo "{}" > package-lock.json');
    const r = await cli(['anon', '--yes', '--no-install', '--git'], { cwd, env: { ...BASE, ...gitEnv(), PATH: toolsPath({ node: NODE24, npm, git: true }) } });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      /git has no user\.name\/user\.email here, so the first commit is by "create-backend-roadmap <[^>]+>" and LICENSE names "The anon authors"/,
    );
    expect(r.stdout).toContain('git config --global user.name "Your Name"');
    expect(r.stdout).toContain('cd anon && git add LICENSE && git commit --amend --reset-author --no-edit');
  });

  it('the README credits the generator once, in a footer, and ticks nothing itself', async () => {
    const cwd = tempDir();
    expect((await cli(['readme', '--yes', '--no-install', '--no-git'], { cwd })).exitCode).toBe(0);
    const readme = readFileSync(path.join(cwd, 'readme/README.md'), 'utf8');
    expect(readme.match(/create-backend-roadmap\]/g)).toHaveLength(1);
    expect(readme.trimEnd().split('\n').at(-1)).toMatch(/^Generated with \[create-backend-roadmap\]/);
    expect(readme.split('\n## ')[0]).not.toMatch(/generated/i);
    expect(readme).not.toContain('- [x]');
    expect(readme).toMatch(/- \[ \] A REST API with full CRUD and authentication: `src\//);
  });
});
