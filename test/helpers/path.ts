/**
 * A PATH with only the programs a test names: the real ones (symlinked) or fakes (shell scripts),
 * so a test runs the CLI on "a machine without uv" or "with Node 20" without touching this one.
 */
import { chmodSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { execaSync } from 'execa';
import { tempDir } from './cli.js';

/** Where a real program is (python3 through pyenv's shim is resolved to the interpreter itself). */
function real(tool: string): string {
  if (tool === 'python3') return execaSync('python3', ['-c', 'import sys; print(sys.executable)']).stdout.trim();
  return realpathSync(execaSync('sh', ['-c', `command -v ${tool}`]).stdout.trim());
}

/** A shell script that prints `version` for --version/-version/version and exits `code` otherwise. */
export function fakeTool(version: string, otherwise = 'exit 0'): string {
  return `#!/bin/sh\ncase "$1" in --version|-version|version) echo "${version}"; exit 0;; esac\n${otherwise}\n`;
}

/** tools: name -> true (the real one) or a script's text. Returns the PATH value. */
export function toolsPath(tools: Record<string, true | string>): string {
  const dir = tempDir('cbr-path-');
  for (const [name, spec] of Object.entries(tools)) {
    const file = path.join(dir, name);
    if (spec === true) symlinkSync(real(name), file);
    else {
      writeFileSync(file, spec);
      chmodSync(file, 0o755);
    }
  }
  return dir;
}

/** A git config with (or without) an identity, and no system config: for identity tests. */
export function gitEnv(identity?: { name: string; email: string }): Record<string, string> {
  const dir = tempDir('cbr-gitcfg-');
  const file = path.join(dir, 'gitconfig');
  writeFileSync(file, identity ? `[user]\n\tname = ${identity.name}\n\temail = ${identity.email}\n` : '');
  return { GIT_CONFIG_GLOBAL: file, GIT_CONFIG_NOSYSTEM: '1', HOME: dir };
}
