/** --help, derived from OPTIONS so it can never disagree with the prompts or validation. */
import { OPTIONS } from './options/index.js';

function experimentalList(): string {
  const items = OPTIONS.flatMap((o) =>
    o.kind === 'choice' ? o.choices({}).filter((c) => c.experimental).map((c) => `--${o.flag} ${c.value}`) : [],
  );
  return items.length ? ` (${items.join(', ')})` : '';
}

export function helpText(version: string): string {
  const rows: Array<[string, string]> = [];
  for (const opt of OPTIONS) {
    if (opt.kind === 'choice') {
      const values = opt.choices({}).filter((c) => !c.experimental).map((c) => c.value);
      rows.push([`--${opt.flag} <${values.join('|')}>`, `${opt.message} (default: ${opt.default({})})`]);
    } else {
      rows.push([`--${opt.flag}, --no-${opt.flag}`, `${opt.message.replace(/\?$/, '')} (default: ${opt.default ? 'yes' : 'no'})`]);
    }
  }
  rows.push(
    ['-y, --yes', 'Use defaults for everything not given; never prompt'],
    ['--dry-run', 'Print the files that would be written; write nothing'],
    ['--explain', 'With --dry-run: the template folder (layer) or builder of each file'],
    ['--force', 'Allow a non-empty directory (replaced files are backed up)'],
    ['--config <file|url>', 'Replay answers from a .backend-roadmap.json or answers file (a path or an http(s) URL)'],
    ['--experimental', `Allow choices not yet verified in CI${experimentalList()}`],
    ['-h, --help', 'Show this help'],
    ['-v, --version', 'Show the version'],
  );
  const width = Math.max(...rows.map(([f]) => f.length)) + 2;
  return [
    `create-backend-roadmap ${version}`,
    '',
    'Scaffold a portfolio-ready backend: CRUD REST API with auth, migrations, tests, Docker and CI.',
    '',
    'Usage:',
    '  npm create backend-roadmap@latest [directory] -- [options]',
    '  npx create-backend-roadmap [directory] [options]',
    '',
    'Options:',
    ...rows.map(([f, d]) => `  ${f.padEnd(width)}${d}`),
    '',
    'Commands:',
    '  doctor [dir]     Check this machine can run a generated project (runtime, tools, git, Docker, database)',
    '  verify [dir]     Run a project\'s commands and the API conformance suite against it',
    '  matrix           List the valid combinations',
    '',
    'Examples:',
    '  npm create backend-roadmap@latest my-api',
    '  npm create backend-roadmap@latest my-api -- --framework express --database postgres --auth jwt --yes',
    '  npx create-backend-roadmap student-01 --config class.json --no-install',
    '',
    'Without a terminal (CI), pass every option or --yes.',
    '',
  ].join('\n');
}
