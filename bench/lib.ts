/** Shared by the benches: where the anchors (the generators we compare against) live, and medians. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const anchors = path.join(root, 'node_modules', '.cache', 'bench-anchors');

export const ours = path.join(root, 'bin/create-backend-roadmap.js');
export const vite = path.join(anchors, 'node_modules/create-vite/index.js');
export const t3 = path.join(anchors, 'node_modules/create-t3-app/dist/index.js');

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Install (or update within their majors) the anchors, then build our dist/. */
export async function prepare(): Promise<void> {
  await execa('npm', ['install', '--no-save', '--no-package-lock', '--prefix', anchors, 'create-vite@9', 'create-t3-app@7'], { stdio: 'inherit' });
  await execa('npx', ['tsup', '--silent'], { cwd: root, stdio: 'inherit' });
}
