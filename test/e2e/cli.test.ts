import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPTIONS } from '../../src/options/index.js';
import { buildContext } from '../../src/context.js';
import { sourceCompiler } from '../../src/render/compilers.js';
import { render } from '../../src/render/engine.js';
import { withDefaults } from '../../src/answers.js';
import { cli, root, tempDir } from '../helpers/cli.js';

const compile = await sourceCompiler();

/** The machine's git user.name, which the CLI puts in LICENSE. */
async function gitUser(): Promise<{ gitUserName?: string }> {
  const { execa } = await import('execa');
  const r = await execa('git', ['config', 'user.name'], { reject: false });
  return r.exitCode === 0 && r.stdout.trim() ? { gitUserName: r.stdout.trim() } : {};
}

const pkgVersion = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version as string;

function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name), base) : [path.relative(base, path.join(dir, e.name))]))
    .sort();
}

describe('help and version', () => {
  it('--help lists every option and its verified choices', async () => {
    const r = await cli(['--help'], { cwd: tempDir() });
    expect(r.exitCode).toBe(0);
    for (const opt of OPTIONS) {
      expect(r.stdout).toContain(`--${opt.flag}`);
      if (opt.kind === 'choice') for (const c of opt.choices({}).filter((c) => !c.experimental)) expect(r.stdout).toContain(c.value);
    }
    expect(r.stdout).toContain('npm create backend-roadmap@latest');
  });
  it('--version prints the package version', async () => {
    const r = await cli(['--version'], { cwd: tempDir() });
    expect(r.stdout.trim()).toBe(pkgVersion);
  });
});

describe('generation', () => {
  it('--yes generates the default project: exactly the rendered files, answers recorded', async () => {
    const cwd = tempDir();
    const r = await cli(['my-api', '--yes', '--no-git', '--no-install'], { cwd });
    expect(r.exitCode, r.stderr).toBe(0);
    const expected = render(
      buildContext({ ...withDefaults({ packageManager: 'npm' }), name: 'my-api', git: false, install: false }, pkgVersion, await gitUser()),
      compile,
    );
    expect(listFiles(path.join(cwd, 'my-api'))).toEqual([...expected.keys()].sort());
    const meta = JSON.parse(readFileSync(path.join(cwd, 'my-api/.backend-roadmap.json'), 'utf8'));
    expect(meta.answers).toEqual({
      name: 'my-api',
      language: 'typescript',
      framework: 'express',
      database: 'postgres',
      auth: 'jwt',
      cloud: 'none',
      packageManager: 'npm',
      git: false,
      install: false,
    });
    expect(r.stdout).toContain('Next steps');
    expect(readdirSync(cwd)).toEqual(['my-api']); // no staging folder left behind
  });

  it.each(['fastapi', 'django', 'flask', 'express'])("replays a generated %s project's .backend-roadmap.json with --config", async (framework) => {
    const cwd = tempDir();
    const first = await cli(['one', '--framework', framework, '--yes', '--no-git', '--no-install'], { cwd });
    expect(first.exitCode, first.stderr).toBe(0);
    const again = await cli(['two', '--config', path.join(cwd, 'one/.backend-roadmap.json'), '--no-git', '--no-install'], { cwd });
    expect(again.exitCode, again.stderr).toBe(0);
    const [a, b] = ['one', 'two'].map((d) => JSON.parse(readFileSync(path.join(cwd, d, '.backend-roadmap.json'), 'utf8')).answers);
    expect({ ...b, name: 'one' }).toEqual(a);
  });

  it('--dry-run --explain names the template folder or builder of every file', async () => {
    const r = await cli(['api', '--framework', 'fastify', '--database', 'sqlite', '--auth', 'session', '--yes', '--dry-run', '--explain'], { cwd: tempDir() });
    expect(r.exitCode, r.stderr).toBe(0);
    const rows = r.stdout.split('\n').filter((l) => l.includes(' <- '));
    expect(rows.length).toBeGreaterThan(40);
    for (const row of rows) expect(row, row).toMatch(/ <- (stacks\/|clouds\/|built from data by )/);
    expect(r.stdout).toMatch(/package\.json +<- built from data by src\/render\/manifests\.ts/);
    expect(r.stdout).toMatch(/src\/app\.ts +<- stacks\/typescript\/fastify\/templates\/base\/src\/app\.ts/);
  });

  it('honours every flag', async () => {
    const cwd = tempDir();
    const r = await cli(
      [
        'api',
        '--framework',
        'express',
        '--database',
        'sqlite',
        '--auth',
        'session',
        '--cloud',
        'none',
        '--package-manager',
        'pnpm',
        '--no-git',
        '--no-install',
      ],
      { cwd },
    );
    expect(r.exitCode, r.stderr).toBe(0);
    const meta = JSON.parse(readFileSync(path.join(cwd, 'api/.backend-roadmap.json'), 'utf8'));
    expect(meta.answers).toMatchObject({ database: 'sqlite', auth: 'session', packageManager: 'pnpm' });
    expect(meta.commands.install).toBe('pnpm install');
    expect(readFileSync(path.join(cwd, 'api/.env.example'), 'utf8')).toMatch(/^SESSION_SECRET=$/m);
  });

  it('SQLite on Fly.io gets a volume for its database file', async () => {
    const cwd = tempDir();
    const r = await cli(['flyer', '--database', 'sqlite', '--cloud', 'fly', '--yes', '--no-git', '--no-install'], { cwd });
    expect(r.exitCode, r.stderr).toBe(0);
    const fly = readFileSync(path.join(cwd, 'flyer/fly.toml'), 'utf8');
    expect(fly).toMatch(/^\[mounts\]/m);
    expect(fly).toContain('/app/data');
  });

  it('--dry-run prints the file tree and writes nothing', async () => {
    const cwd = tempDir();
    const r = await cli(['dry', '--yes', '--dry-run'], { cwd });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stdout).toContain('package.json');
    expect(r.stdout).toContain('Dockerfile');
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('--config replays a generated project byte for byte', async () => {
    const a = tempDir();
    const b = tempDir();
    expect((await cli(['same', '--database', 'mysql', '--auth', 'none', '--yes', '--no-git', '--no-install'], { cwd: a })).exitCode).toBe(0);
    const r = await cli(['same', '--config', path.join(a, 'same/.backend-roadmap.json')], { cwd: b });
    expect(r.exitCode, r.stderr).toBe(0);
    const files = listFiles(path.join(a, 'same'));
    expect(listFiles(path.join(b, 'same'))).toEqual(files);
    for (const f of files) expect(readFileSync(path.join(b, 'same', f)).equals(readFileSync(path.join(a, 'same', f))), f).toBe(true);
  });

  it('flags override --config', async () => {
    const cwd = tempDir();
    const config = path.join(cwd, 'class.json');
    await import('node:fs').then((fs) => fs.writeFileSync(config, JSON.stringify({ database: 'mysql', auth: 'none', git: false, install: false })));
    const r = await cli(['student-01', '--config', config, '--database', 'sqlite', '--yes'], { cwd });
    expect(r.exitCode, r.stderr).toBe(0);
    const meta = JSON.parse(readFileSync(path.join(cwd, 'student-01/.backend-roadmap.json'), 'utf8'));
    expect(meta.answers).toMatchObject({ database: 'sqlite', auth: 'none' });
  });

  it('generates into an empty existing folder and into "."', async () => {
    const cwd = tempDir();
    await import('node:fs').then((fs) => fs.mkdirSync(path.join(cwd, 'here')));
    expect((await cli(['here', '--yes', '--no-git', '--no-install'], { cwd })).exitCode).toBe(0);
    const dot = path.join(tempDir(), 'dot-api');
    await import('node:fs').then((fs) => fs.mkdirSync(dot));
    const r = await cli(['.', '--yes', '--no-git', '--no-install'], { cwd: dot });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dot, 'package.json'), 'utf8')).name).toBe('dot-api');
  });

  it('makes the first commit with git', async () => {
    const cwd = tempDir();
    // A stand-in npm that writes a lock file: this test is about git (first-run.test.ts resolves a real one).
    const { fakeTool, toolsPath } = await import('../helpers/path.js');
    const PATH = `${toolsPath({ npm: fakeTool('11.6.0', 'echo "{}" > package-lock.json') })}:${process.env.PATH}`;
    const r = await cli(['gitted', '--yes', '--no-install', '--git'], { cwd, env: { NO_COLOR: '1', npm_config_user_agent: '', PATH } });
    expect(r.exitCode, r.stderr).toBe(0);
    const { execa } = await import('execa');
    const log = await execa('git', ['log', '--oneline'], { cwd: path.join(cwd, 'gitted') });
    expect(log.stdout).toMatch(/Initial commit from create-backend-roadmap/);
    const status = await execa('git', ['status', '--porcelain'], { cwd: path.join(cwd, 'gitted') });
    expect(status.stdout).toBe('');
    expect(existsSync(path.join(cwd, 'gitted/.env'))).toBe(false);
  });
});

describe('presets for teachers', () => {
  it('--config fetches an http(s) URL; a flag repeating a locked answer is fine', async () => {
    const { createServer } = await import('node:http');
    const preset = JSON.stringify({ framework: 'fastify', database: 'sqlite', auth: 'none', locked: ['framework', 'database'] });
    const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(preset)).listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/class.json`;
    try {
      const cwd = tempDir();
      const r = await cli(['student-02', '--config', url, '--database', 'sqlite', '--yes', '--no-git', '--no-install'], { cwd });
      expect(r.exitCode, r.stderr).toBe(0);
      const meta = JSON.parse(readFileSync(path.join(cwd, 'student-02/.backend-roadmap.json'), 'utf8'));
      expect(meta.answers).toMatchObject({ framework: 'fastify', database: 'sqlite', auth: 'none' });
    } finally {
      server.close();
    }
  });
});

describe('printed advice', () => {
  it('no cloud: the README says to replace --cloud none in the recorded command, not to add a second --cloud', async () => {
    const cwd = tempDir();
    expect((await cli(['nocloud', '--cloud', 'none', '--yes', '--no-git', '--no-install'], { cwd })).exitCode).toBe(0);
    const meta = JSON.parse(readFileSync(path.join(cwd, 'nocloud/.backend-roadmap.json'), 'utf8'));
    expect(meta.command).toContain('--cloud none');
    const readme = readFileSync(path.join(cwd, 'nocloud/README.md'), 'utf8').replace(/\s+/g, ' ');
    expect(readme).not.toMatch(/add `--cloud aws`/);
    expect(readme).toContain('replace its `--cloud none` with `--cloud aws`');
  });
});

describe('the published package', () => {
  const frameworks = OPTIONS.find((o) => o.flag === 'framework')!;

  it.each(frameworks.kind === 'choice' ? frameworks.choices({}).map((c) => c.value) : [])(
    'the built CLI (templates bundled in dist/) writes exactly what the source templates render: %s',
    async (framework) => {
      const cwd = tempDir();
      const r = await cli(['app', '--yes', '--experimental', '--framework', framework, '--no-git', '--no-install'], { cwd });
      expect(r.exitCode, r.stderr).toBe(0);
      const meta = JSON.parse(readFileSync(path.join(cwd, 'app/.backend-roadmap.json'), 'utf8'));
      // LICENSE names the git user.name of the machine that generated it.
      const expected = render(buildContext({ ...meta.answers, name: 'app' }, pkgVersion, await gitUser()), compile);
      expect(listFiles(path.join(cwd, 'app'))).toEqual([...expected.keys()].sort());
      for (const [file, content] of expected) {
        expect(readFileSync(path.join(cwd, 'app', file)).equals(Buffer.from(content)), file).toBe(true);
      }
    },
  );

  it('ships a few files: the templates live in one bundle per base, language, stack and cloud, not as hundreds of files', async () => {
    const { execa } = await import('execa');
    const r = await execa('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root });
    const files: string[] = JSON.parse(r.stdout)[0].files.map((f: { path: string }) => f.path);
    expect(files).toContain('dist/templates.js');
    expect(files.filter((f) => f.startsWith('stacks/') || f.startsWith('clouds/'))).toEqual([]);
    expect(files.filter((f) => f.startsWith('dist/templates/')).length).toBeGreaterThan(10);
    expect(files.length).toBeLessThan(80);
  });
});
