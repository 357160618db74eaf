/**
 * `npm run test:all`: the whole suite, exactly what CI runs, one step after another, with each
 * step's time in a closing table. Stops at the first failing step.
 */
import { execaCommand } from 'execa';

const STEPS: Array<[name: string, command: string]> = [
  ['build', 'npm run build'],
  ['typecheck', 'npm run typecheck'],
  ['lint', 'npm run lint'],
  ['unit + render + e2e', 'npm test'],
  ['cloud checks', 'npm run test:cloud'],
  ['smoke (verify every cell)', 'npm run test:smoke'],
];

const times: Array<[string, number, boolean]> = [];
let failed = false;
for (const [name, command] of STEPS) {
  console.log(`\n== ${name}: ${command}`);
  const t0 = performance.now();
  const r = await execaCommand(command, { stdio: 'inherit', reject: false });
  times.push([name, (performance.now() - t0) / 1000, r.exitCode === 0]);
  if (r.exitCode !== 0) {
    failed = true;
    break;
  }
}
console.log('\n| step | seconds | result |\n| --- | --- | --- |');
for (const [name, seconds, ok] of times) console.log(`| ${name} | ${seconds.toFixed(0)} | ${ok ? 'ok' : 'FAILED'} |`);
console.log(`test:all ${failed ? 'FAILED' : 'passed'} in ${times.reduce((s, [, t]) => s + t, 0).toFixed(0)} s`);
process.exit(failed ? 1 : 0);
