/**
 * init(), top to bottom: 1 answers, 2 context, 3 render in memory, 4 one write, 5 install + git,
 * 6 next steps. Errors thrown here are UserError/Cancelled and printed by cli.ts.
 */
import pc from 'picocolors';
import type { ParsedArgs } from './args.js';
import { DEFAULT_NAME, givenAnswers, missingOptions, targetFrom, withDefaults } from './answers.js';
import { buildContext, type Context } from './context.js';
import { UserError } from './errors.js';
import type { Answers } from './options/index.js';
import { renderExplained, RenderError, type Origins, type RenderedFiles } from './render/engine.js';
import { inspectTarget, writeProject } from './render/write.js';
import { ruleViolations } from './rules.js';
import { cloudById } from '../clouds/index.js';
import path from 'node:path';

export interface RunOptions {
  interactive: boolean;
  version: string;
  log: (line: string) => void;
}

function summary(ctx: Context): string {
  return [
    `Framework   ${ctx.stack.label} (${ctx.lang.label})`,
    `Database    ${ctx.db.label}`,
    `Auth        ${ctx.auth.label}`,
    `Cloud       ${cloudById(ctx.cloud).label}`,
    ...(ctx.stack.nodeManifest ? [`Packages    ${ctx.packageManager}`] : []),
    `Git         ${ctx.git ? 'init + first commit' : 'no'}`,
    `Install     ${ctx.install ? 'yes' : 'no'}`,
  ].join('\n');
}

function treeOf(paths: string[], origins?: Origins): string {
  if (!origins) return paths.map((p) => `  ${p}`).join('\n');
  const width = Math.max(...paths.map((p) => p.length)) + 2;
  return paths.map((p) => `  ${p.padEnd(width)}<- ${origins.get(p)}`).join('\n');
}

export async function run(args: ParsedArgs, opts: RunOptions): Promise<number> {
  // 1. Answers: flags and --config, validated; then prompts, --yes defaults, or an error.
  const given = givenAnswers(args, opts.version);
  let answers: Answers;
  const prompts = opts.interactive && !args.yes ? await import('./prompts.js') : undefined;
  if (prompts) {
    prompts.p.intro(pc.bgCyan(pc.black(' create-backend-roadmap ')));
    answers = await prompts.promptMissing(given, args.experimental);
  } else if (args.yes) {
    answers = { ...withDefaults(given), name: given.name ?? DEFAULT_NAME };
  } else {
    const missing = [...(given.name === undefined ? ['[directory]'] : []), ...missingOptions(given)];
    if (missing.length) {
      throw new UserError(
        `No terminal to ask questions in, and these were not given: ${missing.join(', ')}.\n` +
          'Pass them as flags, replay a file with --config, or add --yes to use the defaults.',
      );
    }
    answers = given as Answers;
  }
  const violations = ruleViolations(answers);
  if (violations.length) throw new UserError(violations.join('\n'));
  const target = targetFrom(answers.name);
  answers.name = target.name;

  // 2. Context with derived values.
  const ctx = buildContext(answers, opts.version);

  // 3. Render everything in memory.
  const state = inspectTarget(target.dir, args.force);
  let files: RenderedFiles;
  let origins: Origins;
  try {
    const { loadCompiler } = await import('./render/compilers.js');
    ({ files, origins } = renderExplained(ctx, await loadCompiler()));
  } catch (err) {
    if (err instanceof RenderError) throw new UserError(`Internal template error: ${err.message}`, 1);
    throw err;
  }
  const rel = path.relative(process.cwd(), target.dir) || '.';

  if (args.dryRun) {
    opts.log(`Dry run: would write ${files.size} files to ${rel}/ (nothing written)\n\n${summary(ctx)}\n\n${treeOf([...files.keys()], args.explain ? origins : undefined)}`);
    return 0;
  }
  if (prompts) prompts.p.note(summary(ctx), `${ctx.projectName}`);

  // 4. One write.
  const written = writeProject(target.dir, files, state);
  opts.log(`${pc.green('✔')} Wrote ${files.size} files to ${rel}/`);
  if (written.backedUp.length) {
    opts.log(
      `${pc.yellow('!')} Moved ${written.backedUp.length} existing file(s) it replaced to ${path.relative(process.cwd(), written.backupDir!)}/: ${written.backedUp.join(', ')}`,
    );
  }

  // 5. Install and git.
  const post = ctx.install || ctx.git ? await (await import('./post/index.js')).postGenerate(ctx, target.dir) : { installed: false, committed: false };
  if (post.gitError) opts.log(`${pc.yellow('!')} git: ${post.gitError} (skipped the first commit)`);

  // 6. Next steps.
  const steps = [
    rel === '.' ? undefined : `cd ${rel}`,
    ctx.install && post.installed ? undefined : ctx.commands.install,
    'cp .env.example .env',
    ...(ctx.db.server ? [`docker compose up -d db    # or point DATABASE_URL at your own ${ctx.db.label}`] : []),
    ctx.commands.build || undefined,
    ctx.commands.migrate,
    ctx.commands.dev,
  ].filter(Boolean);
  const next = `Next steps:\n${steps.map((s) => `  ${s}`).join('\n')}\n\nTests: ${ctx.commands.test}   Everything in Docker: docker compose up --build`;
  if (post.installError) {
    opts.log(
      `${pc.red('✖')} Installing dependencies failed: ${post.installError}\n` +
        `  The project is in ${rel}/. Retry with: cd ${rel} && ${ctx.commands.install}`,
    );
    return 1;
  }
  if (prompts) prompts.p.outro(next);
  else opts.log(next);
  return 0;
}
