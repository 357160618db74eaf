/** Every bad input: one readable message, a non-zero exit, nothing written, nothing deleted. */
import { chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from '../helpers/cli.js';

const GOOD = ['--yes', '--no-git', '--no-install'];

async function rejects(args: string[], message: RegExp, setup?: (cwd: string) => void, env?: Record<string, string>) {
  const cwd = tempDir();
  setup?.(cwd);
  const before = snapshot(cwd);
  const r = await cli(args, { cwd, ...(env ? { env: { NO_COLOR: '1', npm_config_user_agent: '', ...env } } : {}) });
  expect(r.exitCode, r.stdout).not.toBe(0);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).toMatch(/^error: /);
  expect(r.stderr.split('\n').filter(Boolean).length).toBeLessThanOrEqual(3);
  expect(r.stderr + r.stdout).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace
  expect(snapshot(cwd)).toEqual(before);
  return r;
}

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const p = path.join(e.parentPath, e.name);
    out[path.relative(dir, p)] = e.isFile() ? readFileSync(p, 'utf8') : '<dir>';
  }
  return out;
}

describe('invalid project names', () => {
  it.each([
    ['my api', /spaces/],
    ['MyApi', /uppercase/],
    ['..', /inside the current folder/],
    ['../escape', /inside the current folder/],
    ['/tmp/abs-api', /absolute path/],
    ['node_modules', /reserved/],
    ['http', /reserved/],
    ['.hidden', /starts with/],
  ])('%j', async (name, why) => {
    await rejects([name, ...GOOD], why);
  });
});

describe('targets', () => {
  it('a target that is a file', async () => {
    await rejects(['taken', ...GOOD], /not a folder/, (cwd) => writeFileSync(path.join(cwd, 'taken'), 'mine'));
  });
  it('a non-empty target without --force', async () => {
    await rejects(['busy', ...GOOD], /not empty.*--force/s, (cwd) => {
      mkdirSync(path.join(cwd, 'busy'));
      writeFileSync(path.join(cwd, 'busy', 'notes.txt'), 'keep me');
    });
  });
  it('a parent that is a file', async () => {
    await rejects(['file/api', ...GOOD], /is a file/, (cwd) => writeFileSync(path.join(cwd, 'file'), 'x'));
  });
  it('an unwritable parent', async () => {
    if (process.getuid?.() === 0) {
      // root ignores permissions; a read-only mount stands in for an unwritable parent
      const r = await cli(['api', ...GOOD], { cwd: '/proc/self' });
      expect(r.exitCode).not.toBe(0);
      expect(r.stderr).toMatch(/^error: Could not write the project: .*Nothing was created/);
      return;
    }
    await rejects(['locked/api', ...GOOD], /permission denied/, (cwd) => {
      mkdirSync(path.join(cwd, 'locked'));
      chmodSync(path.join(cwd, 'locked'), 0o555);
    });
  });
  it('--force keeps user files and backs up the ones it replaces', async () => {
    const cwd = tempDir();
    mkdirSync(path.join(cwd, 'mine'));
    writeFileSync(path.join(cwd, 'mine', 'notes.txt'), 'keep me');
    writeFileSync(path.join(cwd, 'mine', 'README.md'), 'my readme');
    const r = await cli(['mine', ...GOOD, '--force'], { cwd });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(readFileSync(path.join(cwd, 'mine', 'notes.txt'), 'utf8')).toBe('keep me');
    expect(readFileSync(path.join(cwd, 'mine', 'README.md'), 'utf8')).toMatch(/^# mine/);
    const backups = readdirSync(path.join(cwd, 'mine', '.backend-roadmap-backup'));
    expect(readFileSync(path.join(cwd, 'mine', '.backend-roadmap-backup', backups[0]!, 'README.md'), 'utf8')).toBe('my readme');
    expect(r.stdout).toMatch(/README\.md/);
  });
});

describe('flags and values', () => {
  it('an unknown flag', () => rejects(['api', '--databse', 'mysql', ...GOOD], /Unknown option '--databse'/));
  it('an unknown value lists the valid ones', () => rejects(['api', '--database', 'mongo', ...GOOD], /Valid values: postgres, mysql, sqlite/));
  it('an unknown framework', () => rejects(['api', '--framework', 'rails', ...GOOD], /Unknown --framework "rails"/));
  it('conflicting boolean flags', () => rejects(['api', '--git', '--no-git', '--yes'], /conflict/));
  it('one flag with two values', () => rejects(['api', '--auth', 'jwt', '--auth', 'none', ...GOOD], /given twice/));
  it('a framework of another language', () => rejects(['api', '--language', 'python', '--framework', 'express', ...GOOD], /Unknown --language "python"|typescript framework/));
  it('an experimental choice without --experimental', () => rejects(['api', '--package-manager', 'bun', ...GOOD], /experimental.*--experimental/));
  it('no terminal and no --yes names the missing flags', async () => {
    const r = await rejects(['api', '--framework', 'express'], /--database, --auth, --cloud, --package-manager, --git\/--no-git, --install\/--no-install/);
    expect(r.stderr).toMatch(/--yes/);
  });
});

describe('--config', () => {
  const withConfig = (text: string) => (cwd: string) => writeFileSync(path.join(cwd, 'answers.json'), text);
  it('malformed JSON', () => rejects(['api', '--config', 'answers.json', '--yes'], /not valid JSON/, withConfig('{"database": ')));
  it('an unknown key', () => rejects(['api', '--config', 'answers.json', '--yes'], /unknown key/, withConfig('{"db": "mysql"}')));
  it('an unknown value', () => rejects(['api', '--config', 'answers.json', '--yes'], /database in --config "oracle"/, withConfig('{"database": "oracle"}')));
  it('a missing file', () => rejects(['api', '--config', 'nope.json', '--yes'], /Cannot read --config nope\.json/));
  it('a newer generator', () =>
    rejects(['api', '--config', 'answers.json', '--yes'], /newer/, withConfig(JSON.stringify({ generatorVersion: '99.0.0', answers: {} }))));
});

describe('a failed install', () => {
  it('keeps the project and says how to retry', async () => {
    const cwd = tempDir();
    const fake = tempDir('cbr-fake-npm-');
    // npm answers the preflight's --version and fails the install; node is new enough for the project.
    writeFileSync(path.join(fake, 'npm'), '#!/bin/sh\n[ "$1" = --version ] && { echo 11.0.0; exit 0; }\necho "npm ERR! network unreachable" >&2\nexit 1\n');
    writeFileSync(path.join(fake, 'node'), '#!/bin/sh\necho v24.11.0\n');
    chmodSync(path.join(fake, 'npm'), 0o755);
    chmodSync(path.join(fake, 'node'), 0o755);
    const r = await cli(['api', '--yes', '--no-git', '--install'], { cwd, env: { NO_COLOR: '1', npm_config_user_agent: '', PATH: `${fake}:${process.env.PATH}` } });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/Installing dependencies failed/);
    expect(r.stdout).toContain('Retry with: cd api && npm install');
    expect(readFileSync(path.join(cwd, 'api', 'package.json'), 'utf8')).toContain('"name": "api"');
  });
});

describe('cloud targets that cannot host the database', () => {
  it.each([
    [['--database', 'sqlite', '--cloud', 'aws'], /SQLite cannot be deployed to AWS: .* Choose --database postgres or mysql, or --cloud fly \(it hosts SQLite\)\./],
    // Render's managed database is PostgreSQL only: the advice must not send SQLite users to MySQL.
    [['--database', 'sqlite', '--cloud', 'render'], /SQLite cannot be deployed to Render: .* Choose --database postgres, or --cloud fly \(it hosts SQLite\)\.$/m],
    [['--database', 'mysql', '--cloud', 'fly'], /Fly\.io has no managed MySQL .* Choose --database postgres or sqlite, or --cloud aws, gcp or azure \(they host MySQL\)\./],
  ])('%j', async (flags, why) => {
    await rejects(['api', '--framework', 'express', '--auth', 'jwt', ...flags, ...GOOD], why);
  });
});

describe('npm create without `--` before the options', () => {
  // What `npm create backend-roadmap@latest my-api --framework fastapi --database mysql` hands over:
  // npm keeps the flags it does not know (npm_config_framework=true) and passes their values on.
  it('npm_config_* variables carry the flags: say to put `--` before them', async () => {
    const r = await rejects(['my-api', 'fastapi', 'mysql'], /npm took --framework, --database for itself: with `npm create`, options go after a `--`/, undefined, {
      npm_config_framework: 'true',
      npm_config_database: 'true',
    });
    expect(r.stderr).toContain('Run: npm create backend-roadmap@latest my-api -- --framework ... --database ...');
    expect(r.stderr).not.toMatch(/Quote a name/);
  });
  it('a flag value as a second directory: the same advice, not "quote a name"', async () => {
    const r = await rejects(['my-api', 'postgres'], /options go after a `--`/);
    expect(r.stderr).not.toMatch(/Quote a name/);
  });
  it('two real words still get the spaces advice', () => rejects(['my', 'api', ...GOOD], /Quote a name with spaces/));
});

describe('--config presets', () => {
  const preset = (answers: object) => (cwd: string) => writeFileSync(path.join(cwd, 'class.json'), JSON.stringify(answers));
  it('a flag contradicting a locked answer names both values', () =>
    rejects(
      ['api', '--config', 'class.json', '--database', 'sqlite', ...GOOD],
      /--database sqlite contradicts --config class\.json, which locks database to "postgres"/,
      preset({ framework: 'express', database: 'postgres', locked: ['framework', 'database'] }),
    ));
  it('a locked boolean', () =>
    rejects(['api', '--config', 'class.json', '--yes', '--git'], /--git contradicts --config class\.json, which locks git to false/, preset({ git: false, locked: ['git'] })));
  it('locking an answer the file does not give', () =>
    rejects(['api', '--config', 'class.json', ...GOOD], /"locked" names "auth", but the file gives no auth/, preset({ database: 'mysql', locked: ['auth'] })));
  it('a URL that answers 404: one clear error', async () => {
    const { createServer } = await import('node:http');
    const server = createServer((_req, res) => res.writeHead(404).end()).listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const port = (server.address() as { port: number }).port;
    try {
      await rejects(['api', '--config', `http://127.0.0.1:${port}/class.json`, ...GOOD], /^error: Cannot fetch --config http:\/\/127\.0\.0\.1:\d+\/class\.json: HTTP 404/);
    } finally {
      server.close();
    }
  });
});
