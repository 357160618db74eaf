/**
 * Generated Node projects target Node 24 LTS. If the node on PATH is older than their minimum
 * (stacks/typescript/language.ts), fetch Node 24 from the npm registry (the
 * node-<platform>-<arch> package) into a cache folder once.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { execa } from 'execa';
import { typescript } from '../../stacks/typescript/language.js';

const WANT = typescript.version;
const [MIN_MAJOR, MIN_MINOR] = major(typescript.minVersion);

function major(version: string): [number, number] {
  const [maj, min] = version.replace(/^v/, '').split('.').map(Number);
  return [maj ?? 0, min ?? 0];
}

/** A folder with a node binary new enough for generated projects, to prepend to PATH. */
export async function projectNodeBin(cacheDir: string): Promise<string> {
  const [maj, min] = major(process.version);
  if (maj > MIN_MAJOR || (maj === MIN_MAJOR && min >= MIN_MINOR)) return path.dirname(process.execPath);
  const pkg = `node-${process.platform}-${process.arch}`;
  const home = path.join(cacheDir, 'node_modules', pkg);
  if (!existsSync(path.join(home, 'bin', 'node'))) {
    await execa('npm', ['install', '--no-save', '--no-package-lock', '--prefix', cacheDir, `${pkg}@${WANT}`], { stdio: 'inherit' });
  }
  return path.join(home, 'bin');
}

/** Headers for native addons built under that node (node-gyp reads npm_config_nodedir). */
export const nodeDirFor = (bin: string) => path.dirname(bin);
