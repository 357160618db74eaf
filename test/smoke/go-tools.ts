/** Go cells lint with staticcheck: install it once per cache (GOBIN), from the version the Go stacks pin. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { execa } from 'execa';
import { GO_TOOLS } from '../../stacks/go/language.js';

/** Returns extra PATH folders (none when no cell is a Go cell). */
export async function ensureGoTools(languages: string[], cacheDir: string): Promise<string[]> {
  if (!languages.includes('go')) return [];
  const version = GO_TOOLS.staticcheck.split('@')[1]!;
  // One folder per version, so raising the pin installs the new one instead of reusing the old.
  const bin = path.join(cacheDir, 'go-bin', version);
  if (!existsSync(path.join(bin, 'staticcheck'))) {
    console.log(`smoke: installing ${GO_TOOLS.staticcheck} into ${bin}`);
    await execa('go', ['install', GO_TOOLS.staticcheck], { stdio: 'inherit', env: { ...process.env, GOBIN: bin } });
  }
  return [bin];
}
