/** argv -> options -> run(); printing errors is the only other thing done here. */
import { parseArgv } from './args.js';
import { Cancelled, UserError } from './errors.js';
import { generatorVersion } from './paths.js';

const out = (line: string) => process.stdout.write(`${line}\n`);

export async function main(argv = process.argv.slice(2)): Promise<number> {
  const version = generatorVersion();
  try {
    // Subcommands; a project literally named like one is created with `./verify`.
    if (argv[0] === 'verify') return await (await import('./verify/index.js')).verify(argv.slice(1), out);
    if (argv[0] === 'doctor') return await (await import('./preflight/doctor.js')).doctor(argv.slice(1), out);
    if (argv[0] === 'matrix') return await (await import('./matrix/command.js')).matrixCommand(argv.slice(1), out);
    const args = parseArgv(argv);
    if (args.help) {
      const { helpText } = await import('./help.js');
      process.stdout.write(helpText(version));
      return 0;
    }
    if (args.version) {
      process.stdout.write(`${version}\n`);
      return 0;
    }
    const { run } = await import('./run.js');
    const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
    return await run(args, { interactive, version, log: out });
  } catch (err) {
    if (err instanceof Cancelled) {
      process.stderr.write('Cancelled. Nothing was written.\n');
      return err.exitCode;
    }
    if (err instanceof UserError) {
      process.stderr.write(`error: ${err.message}\n`);
      return err.exitCode;
    }
    process.stderr.write(`create-backend-roadmap crashed: ${(err as Error).message}\nPlease report this with the command you ran.\n`);
    return 1;
  }
}

const isEntry = import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('/src/cli.ts');
if (isEntry) main().then((code) => process.exit(code));
