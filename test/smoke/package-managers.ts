/** Make pnpm / yarn / bun available for the cells that use them (installed from the npm registry). */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { execa } from 'execa';

const PACKAGES: Record<string, string> = { pnpm: 'pnpm@12', yarn: '@yarnpkg/cli-dist@4', bun: 'bun@1' };

/** Returns extra PATH folders. */
export async function ensurePackageManagers(wanted: string[], cacheDir: string, nodeBin: string): Promise<string[]> {
  const needed = [...new Set(wanted)].filter((pm) => PACKAGES[pm]);
  if (needed.length === 0) return [];
  const prefix = path.join(cacheDir, 'pm');
  const bin = path.join(prefix, 'node_modules', '.bin');
  // Install every wanted manager in one command: `npm install --no-save` of only the missing ones
  // would prune the ones an earlier run installed.
  if (needed.some((pm) => !existsSync(path.join(bin, pm)))) {
    await execa('npm', ['install', '--no-save', '--no-package-lock', '--prefix', prefix, ...needed.map((pm) => PACKAGES[pm]!)], {
      stdio: 'inherit',
      env: { ...process.env, PATH: `${nodeBin}:${process.env.PATH}` },
    });
  }
  return [bin];
}
