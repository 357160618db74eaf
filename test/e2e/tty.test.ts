/** The interactive flow in a real pseudo-terminal (python's pty), including Ctrl-C. */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { bin, root, tempDir } from '../helpers/cli.js';
import { toolsPath } from '../helpers/path.js';

type Step = [text: string, keys: string];

async function drive(cwd: string, steps: Step[], args: string[], env: Record<string, string> = {}) {
  const r = await execa('python3', [path.join(root, 'test/helpers/drive_tty.py'), cwd, JSON.stringify(steps), '--', process.execPath, bin, ...args], {
    env: { NO_COLOR: '1', TERM: 'xterm', ...env },
  });
  return JSON.parse(r.stdout) as { code: number; output: string };
}

const ENTER = '\r';
const CTRL_C = '\x03';
const DOWN = '\x1b[B';
const LEFT = '\x1b[D';
/** The prompts in the order they are asked. */
const PROMPTS = ['Project directory', 'Language', 'Framework', 'Database', 'Authentication', 'Cloud target', 'Package manager', 'Initialise a git', 'Install dependencies'];

describe('interactive', () => {
  it('asks every question, then generates with the chosen answers', async () => {
    const cwd = tempDir();
    // name, language, framework, database (down = mysql), auth, cloud, package manager, git (no), install (no)
    const keys = ['tty-api' + ENTER, ENTER, ENTER, DOWN + ENTER, ENTER, ENTER, ENTER, LEFT + ENTER, LEFT + ENTER];
    const r = await drive(cwd, PROMPTS.map((p, i) => [p, keys[i]!] as Step), []);
    expect(r.code, r.output).toBe(0);
    const meta = JSON.parse(readFileSync(path.join(cwd, 'tty-api/.backend-roadmap.json'), 'utf8'));
    expect(meta.answers).toMatchObject({ name: 'tty-api', database: 'mysql', auth: 'jwt', git: false, install: false });
    expect(r.output).toContain('Next steps');
  });

  it('asks only for what flags did not give', async () => {
    const cwd = tempDir();
    const r = await drive(cwd, [['Initialise a git', LEFT + ENTER]], ['flagged', '--framework', 'express', '--database', 'sqlite', '--auth', 'none', '--cloud', 'none', '--package-manager', 'npm', '--no-install']);
    expect(r.code, r.output).toBe(0);
    // The summary names every answer, but only the git question was asked.
    for (const q of ['Project directory', 'Cloud target', 'Package manager', 'Install dependencies']) expect(r.output).not.toContain(q);
    expect(r.output).toContain('Initialise a git repository');
    expect(JSON.parse(readFileSync(path.join(cwd, 'flagged/.backend-roadmap.json'), 'utf8')).answers).toMatchObject({ database: 'sqlite', git: false });
  });

  it.each([0, 1, 4, 6])('Ctrl-C at prompt %i: "Cancelled", exit 130, nothing written', async (at) => {
    const cwd = tempDir();
    // With a name given, the prompts start at Language.
    const asked = at === 0 ? PROMPTS : PROMPTS.slice(1);
    const steps = asked.slice(0, at + 1).map((p, i) => [p, i === at ? CTRL_C : ENTER] as Step);
    const r = await drive(cwd, steps, at === 0 ? [] : ['my-api', '--no-install']);
    expect(r.code).toBe(130);
    expect(r.output).toContain('Cancelled');
    expect(readdirSync(cwd)).toEqual([]);
    expect(existsSync(path.join(cwd, 'my-api'))).toBe(false);
  });

  it('checks the folder right after the name: another name, or --force with its backup', async () => {
    const cwd = tempDir();
    mkdirSync(path.join(cwd, 'busy'));
    writeFileSync(path.join(cwd, 'busy', 'notes.txt'), 'keep me');
    const flags = ['--framework', 'express', '--database', 'postgres', '--auth', 'jwt', '--cloud', 'none', '--package-manager', 'npm', '--no-git', '--no-install'];
    const renamed = await drive(cwd, [['Project directory', 'busy' + ENTER], ['is not empty', ENTER], ['Project directory', 'fresh' + ENTER]], flags);
    expect(renamed.code, renamed.output).toBe(0);
    expect(renamed.output).toMatch(/busy\/ is not empty \(notes\.txt\)\. What now\?[\s\S]*Use another name[\s\S]*Add the project into it \(like --force\)/);
    expect(existsSync(path.join(cwd, 'fresh/package.json'))).toBe(true);
    expect(readdirSync(path.join(cwd, 'busy'))).toEqual(['notes.txt']);

    // A name given as an argument is checked before the first question, too; "add into it" keeps the user's files.
    const forced = await drive(cwd, [['is not empty', DOWN + ENTER]], ['busy', ...flags]);
    expect(forced.code, forced.output).toBe(0);
    expect(forced.output).toContain('.backend-roadmap-backup/');
    expect(readFileSync(path.join(cwd, 'busy/notes.txt'), 'utf8')).toBe('keep me');
    expect(existsSync(path.join(cwd, 'busy/package.json'))).toBe(true);
  });

  it('SQLite: the clouds it cannot use are shown disabled, with why', async () => {
    const cwd = tempDir();
    const steps: Step[] = [['Cloud target', ENTER], ['Initialise a git', LEFT + ENTER]];
    const r = await drive(cwd, steps, ['lite', '--framework', 'express', '--database', 'sqlite', '--auth', 'none', '--package-manager', 'npm', '--no-install']);
    expect(r.code, r.output).toBe(0);
    expect(r.output).toMatch(/Not offered with these answers:\r?\n│ +SQLite cannot be deployed to AWS: /);
    expect(r.output).toMatch(/SQLite cannot be deployed to Render: /);
    expect(r.output).toMatch(/AWS \(not available: see above\)/);
  });

  it('every line after the intro sits in the frame: summary, next steps and outro too', async () => {
    const cwd = tempDir();
    const r = await drive(cwd, [['Initialise a git', LEFT + ENTER]], ['framed', '--framework', 'express', '--database', 'sqlite', '--auth', 'none', '--cloud', 'none', '--package-manager', 'npm', '--no-install']);
    expect(r.code, r.output).toBe(0);
    const lines = r.output.slice(r.output.indexOf('┌')).split(/\r?\n/).filter((l) => l.trim());
    expect(lines.join('\n')).toMatch(/Next steps[\s\S]*└ {2}Tests: npm run test/);
    for (const line of lines) expect(line, line).toMatch(/^[┌│◇◆●▲■└├]/);
  });

  it('a tool the install needs is missing: continue without installing, or stop', async () => {
    const PATH = toolsPath({ node: true, git: true, python3: true }); // no uv
    const cwd = tempDir();
    const flags = ['--framework', 'fastapi', '--database', 'sqlite', '--auth', 'none', '--cloud', 'none', '--no-git', '--install'];
    const r = await drive(cwd, [['What now?', ENTER]], ['py', ...flags], { PATH });
    expect(r.code, r.output).toBe(0);
    expect(r.output).toMatch(/uv is not installed: curl -LsSf https:\/\/astral\.sh\/uv\/install\.sh \| sh/);
    expect(r.output).not.toMatch(/not found/);
    expect(JSON.parse(readFileSync(path.join(cwd, 'py/.backend-roadmap.json'), 'utf8')).answers.install).toBe(false);

    const stopped = tempDir();
    const s = await drive(stopped, [['What now?', DOWN + ENTER]], ['py', ...flags], { PATH });
    expect(s.code).toBe(130);
    expect(readdirSync(stopped)).toEqual([]);
  });
});
