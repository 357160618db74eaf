/** The interactive flow in a real pseudo-terminal (python's pty), including Ctrl-C. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { bin, root, tempDir } from '../helpers/cli.js';

async function drive(cwd: string, keys: string[], args: string[]) {
  const r = await execa('python3', [path.join(root, 'test/helpers/pty.py'), cwd, JSON.stringify(keys), '--', process.execPath, bin, ...args], {
    env: { NO_COLOR: '1', TERM: 'xterm' },
  });
  return JSON.parse(r.stdout) as { code: number; output: string };
}

const ENTER = '\r';
const CTRL_C = '\x03';

describe('interactive', () => {
  it('asks every question, then generates with the chosen answers', async () => {
    const cwd = tempDir();
    // name, language, framework, database (down = mysql), auth, cloud, package manager, git (no), install (no)
    const keys = ['tty-api' + ENTER, ENTER, ENTER, '\x1b[B' + ENTER, ENTER, ENTER, ENTER, '\x1b[D' + ENTER, '\x1b[D' + ENTER];
    const r = await drive(cwd, keys, []);
    expect(r.code, r.output).toBe(0);
    for (const q of ['Project directory', 'Language', 'Framework', 'Database', 'Authentication', 'Cloud target', 'Package manager', 'git', 'Install']) {
      expect(r.output).toContain(q);
    }
    const meta = JSON.parse(readFileSync(path.join(cwd, 'tty-api/.backend-roadmap.json'), 'utf8'));
    expect(meta.answers).toMatchObject({ name: 'tty-api', database: 'mysql', auth: 'jwt', git: false, install: false });
    expect(r.output).toContain('Next steps');
  });

  it('asks only for what flags did not give', async () => {
    const cwd = tempDir();
    const r = await drive(cwd, [ENTER], ['flagged', '--framework', 'express', '--database', 'sqlite', '--auth', 'none', '--cloud', 'none', '--package-manager', 'npm', '--no-git']);
    expect(r.code, r.output).toBe(0);
    expect(r.output).not.toContain('Database');
    expect(r.output).toContain('Install');
  }, 120_000);

  it.each([0, 1, 4, 6])('Ctrl-C at prompt %i: "Cancelled", exit 130, nothing written', async (at) => {
    const cwd = tempDir();
    const keys = [...Array(at).fill(ENTER), CTRL_C];
    const r = await drive(cwd, keys, at === 0 ? [] : ['my-api', '--no-install']);
    expect(r.code).toBe(130);
    expect(r.output).toContain('Cancelled');
    expect(readdirSync(cwd)).toEqual([]);
    expect(existsSync(path.join(cwd, 'my-api'))).toBe(false);
  });
});
