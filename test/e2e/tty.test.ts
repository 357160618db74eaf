/** The interactive flow in a real pseudo-terminal (python's pty), including Ctrl-C. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { bin, root, tempDir } from '../helpers/cli.js';

async function drive(cwd: string, keys: string[], args: string[]) {
  const r = await execa('python3', [path.join(root, 'test/helpers/drive_tty.py'), cwd, JSON.stringify(keys), '--', process.execPath, bin, ...args], {
    env: { NO_COLOR: '1', TERM: 'xterm' },
  });
  const result = JSON.parse(r.stdout) as { code: number; output: string };
  // biome-ignore lint: ANSI escapes are control characters by definition
  return { ...result, output: result.output.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '') };
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
    const r = await drive(cwd, ['\x1b[D' + ENTER], ['flagged', '--framework', 'express', '--database', 'sqlite', '--auth', 'none', '--cloud', 'none', '--package-manager', 'npm', '--no-install']);
    expect(r.code, r.output).toBe(0);
    // The summary names every answer, but only the git question was asked.
    for (const q of ['Project directory', 'Cloud target', 'Package manager', 'Install dependencies']) expect(r.output).not.toContain(q);
    expect(r.output).toContain('Initialise a git repository');
    expect(JSON.parse(readFileSync(path.join(cwd, 'flagged/.backend-roadmap.json'), 'utf8')).answers).toMatchObject({ database: 'sqlite', git: false });
  });

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
