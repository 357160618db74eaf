/** The interactive flow in a real pseudo-terminal (python's pty), including Ctrl-C. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { bin, root, tempDir } from '../helpers/cli.js';

type Step = [text: string, keys: string];

async function drive(cwd: string, steps: Step[], args: string[]) {
  const r = await execa('python3', [path.join(root, 'test/helpers/drive_tty.py'), cwd, JSON.stringify(steps), '--', process.execPath, bin, ...args], {
    env: { NO_COLOR: '1', TERM: 'xterm' },
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
});
