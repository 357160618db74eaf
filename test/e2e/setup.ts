import { execa } from 'execa';

/** e2e tests run the real, built CLI. */
export default async function setup() {
  await execa('npx', ['tsup', '--silent'], { stdio: 'inherit' });
}
