/**
 * init(), top to bottom: 1 answers (the target folder checked first), 2 context and preflight
 * (before anything is written or installed), 3 render in memory, 4 one write, 5 install (or the
 * lock file alone) + git, 6 next steps. Errors thrown here are UserError/Cancelled and printed by cli.ts.
 */
import pc from 'picocolors';
import type { ParsedArgs } from './args.js';
import { DEFAULT_NAME, givenAnswers, missingOptions, targetFrom, withDefaults } from './answers.js';
import { buildContext, type Context } from './context.js';
import { Cancelled, UserError } from './errors.js';
import { FALLBACK_IDENTITY, postGenerate, type PostResult } from './post/index.js';
import { installBlockedMessage, preflightFor, type Machine, type PreflightResult } from './preflight/index.js';
import { plainReporter, type Reporter } from './report.js';
import type { Answers } from './options/index.js';
import { renderExplained, RenderError, type Origins, type RenderedFiles } from './render/engine.js';
import { layersFor } from './layers/index.js';
import { inspectTarget, writeProject } from './render/write.js';
import { ruleViolations } from './rules.js';
import { cloudById } from '../clouds/index.js';
import path from 'node:path';

type Prompts = typeof import('./prompts.js');

export interface RunOptions {
  interactive: boolean;
  version: string;
  log: (line: string) => void;
  /** What the preflight probes (tests inject one; default: this process's PATH and environment). */
  machine?: Machine;
}

function summary(ctx: Context): string {
  return [
    `Framework   ${ctx.stack.label} (${ctx.lang.label})`,
    `Database    ${ctx.db.label}`,
    `Auth        ${ctx.auth.label}`,
    `Cloud       ${cloudById(ctx.cloud).label}`,
    ...(ctx.stack.nodeManifest ? [`Packages    ${ctx.pm.name}`] : []),
    `Git         ${ctx.git ? 'init + first commit' : 'no'}`,
    `Install     ${ctx.install ? 'yes' : 'no'}`,
  ].join('\n');
}

function treeOf(paths: string[], origins?: Origins): string {
  if (!origins) return paths.map((p) => `  ${p}`).join('\n');
  const width = Math.max(...paths.map((p) => p.length)) + 2;
  return paths.map((p) => `  ${p.padEnd(width)}<- ${origins.get(p)}`).join('\n');
}

async function renderAll(ctx: Context): Promise<{ files: RenderedFiles; origins: Origins }> {
  try {
    const { loadCompiler } = await import('./render/compilers.js');
    return renderExplained(ctx, await loadCompiler(layersFor(ctx)));
  } catch (err) {
    if (err instanceof RenderError) throw new UserError(`Internal template error: ${err.message}`, 1);
    throw err;
  }
}

/** 1. Answers: flags and --config, validated; then prompts (target folder first), --yes defaults, or an error. */
async function resolveAnswers(args: ParsedArgs, opts: RunOptions, prompts: Prompts | undefined): Promise<{ answers: Answers; force: boolean }> {
  const given = await givenAnswers(args, opts.version);
  if (given.name !== undefined) targetFrom(given.name); // an invalid name is an error before any question
  if (prompts) {
    prompts.p.intro(pc.bgCyan(pc.black(' create-backend-roadmap ')));
    const target = await prompts.chooseTarget(given.name, args.force);
    return { answers: await prompts.promptMissing({ ...given, name: target.name }, args.experimental), force: target.force };
  }
  if (args.yes) return { answers: { ...withDefaults(given), name: given.name ?? DEFAULT_NAME }, force: args.force };
  const missing = [...(given.name === undefined ? ['[directory]'] : []), ...missingOptions(given)];
  if (missing.length) {
    throw new UserError(
      `No terminal to ask questions in, and these were not given: ${missing.join(', ')}.\n` +
        'Pass them as flags, replay a file with --config, or add --yes to use the defaults.',
    );
  }
  return { answers: given as Answers, force: args.force };
}

export async function run(args: ParsedArgs, opts: RunOptions): Promise<number> {
  const prompts = opts.interactive && !args.yes ? await import('./prompts.js') : undefined;
  const report = prompts ? prompts.clackReporter() : plainReporter(opts.log);
  const { answers, force } = await resolveAnswers(args, opts, prompts);
  const violations = ruleViolations(answers);
  if (violations.length) throw new UserError(violations.join('\n'));
  const target = targetFrom(answers.name);
  answers.name = target.name;
  const state = inspectTarget(target.dir, force);

  const rel = path.relative(process.cwd(), target.dir) || '.';
  if (args.dryRun) {
    const ctx = buildContext(answers, opts.version);
    const { files, origins } = await renderAll(ctx);
    opts.log(
      `Dry run: would write ${files.size} files to ${rel}/ (nothing written)\n\n${summary(ctx)}\n\n${treeOf([...files.keys()], args.explain ? origins : undefined)}`,
    );
    return 0;
  }

  // 2. Preflight: what this machine lacks, before anything is written or installed.
  const pre = await preflightFor(buildContext(answers, opts.version), opts.machine);
  if (pre.blockers.length) {
    if (!prompts) throw new UserError(installBlockedMessage(pre), 1);
    if ((await prompts.installOrStop(pre.blockers.map((f) => f.text))) === 'stop') throw new Cancelled();
    answers.install = false;
  }
  const ctx = buildContext(answers, opts.version, pre.identity.name ? { gitUserName: pre.identity.name } : {});
  // The identity is explained after the commit, with how to amend it.
  for (const f of pre.findings.filter((f) => f.status !== 'ok' && f.id !== 'git-identity' && !pre.blockers.includes(f))) {
    (f.status === 'problem' ? report.warn : report.info)(f.text);
  }

  // 3. Render everything in memory.
  const { files } = await renderAll(ctx);
  if (prompts) report.note(summary(ctx), ctx.projectName);

  // 4. One write.
  const written = writeProject(target.dir, files, state);
  report.success(`Wrote ${files.size} files to ${rel}/`);
  if (written.backedUp.length) {
    report.warn(
      `Moved ${written.backedUp.length} existing file(s) it replaced to ${path.relative(process.cwd(), written.backupDir!)}/: ${written.backedUp.join(', ')}`,
    );
  }

  // 5. Install (or the lock file alone) and git.
  const toolMissing = pre.findings.find((f) => f.id === 'tool' && f.status === 'problem');
  const git = ctx.git && pre.gitInstalled;
  const post =
    ctx.install || git
      ? await report.task(
          ctx.install ? `Installing dependencies (${ctx.commands.install})` : 'Resolving the lock file and making the first commit',
          async () => {
            const r = await postGenerate(ctx, target.dir, {
              identity: pre.identity,
              gitInstalled: pre.gitInstalled,
              ...(toolMissing ? { lockBlocked: toolMissing.text } : {}),
              streams: report.streams,
            });
            return { ...r, ok: !r.installError };
          },
        )
      : undefined;
  if (post) reportPost(report, ctx, post, rel, pre);
  else if (!pre.identity.name)
    report.info(`LICENSE names "${ctx.copyrightHolder}": put your name there (git config --global user.name "Your Name" fills it in next time).`);

  // 6. Next steps (what is missing on this machine first).
  const fixFirst = pre.findings.filter((f) => f.status === 'problem' && f.blocksInstall).map((f) => `# first: ${f.text}`);
  const steps = [
    ...fixFirst,
    rel === '.' ? undefined : `cd ${rel}`,
    ctx.install && post?.installed ? undefined : ctx.commands.install,
    'cp .env.example .env',
    ...(ctx.db.server && !ctx.db.embedded ? [`docker compose up -d db    # or point DATABASE_URL at your own ${ctx.db.label}`] : []),
    ctx.commands.build || undefined,
    ctx.commands.migrate,
    ctx.commands.dev,
  ].filter(Boolean);
  if (post?.installError) {
    report.error(
      `Installing dependencies failed: ${post.installError}${post.installOutput ? `\n${post.installOutput}` : ''}\n` +
        `The project is in ${rel}/. Retry with: cd ${rel} && ${ctx.commands.install}`,
    );
    report.done(`Then: ${ctx.commands.test}`);
    return 1;
  }
  report.note(steps.join('\n'), 'Next steps');
  report.done(`Tests: ${ctx.commands.test}   Everything in Docker: docker compose up --build   Check this machine: npx create-backend-roadmap doctor`);
  return 0;
}

/** What install, the lock file and git did, and how to fix what they could not do. */
function reportPost(report: Reporter, ctx: Context, post: PostResult, rel: string, pre: PreflightResult): void {
  const cd = rel === '.' ? '' : `cd ${rel} && `;
  const lock = post.lock;
  if (lock.status === 'resolved') report.success(`Resolved the lock file without installing (${lock.command}): the first commit has it`);
  if (lock.status === 'failed') {
    report.error(
      `No lock file in the first commit: \`${lock.command}\` could not run (${lock.reason}).\n` +
        'CI and the Docker build install from the lock file, so they FAIL until it is committed:\n' +
        `${cd}${lock.command} && git add -A && git commit -m "Add the lock file"`,
    );
  }
  if (lock.status === 'none') report.info(`${ctx.stack.label} has no lock file: its build file pins the versions, so the first commit is complete.`);
  if (post.gitError) report.warn(`git: ${post.gitError} (skipped the first commit)`);
  if (post.committed && !post.fallbackAuthor) report.success(`Made the first commit as ${pre.identity.name} <${pre.identity.email}>`);
  const by = post.fallbackAuthor ? `the first commit is by "${FALLBACK_IDENTITY.name} <${FALLBACK_IDENTITY.email}>"` : '';
  const license = pre.identity.name ? '' : `LICENSE names "${ctx.copyrightHolder}"`;
  if (!by && !license) return;
  if (!pre.gitInstalled) {
    report.info(`${license}: put your name there.`);
    return;
  }
  const lines = [
    `git has no user.name/user.email here, so ${[by, license].filter(Boolean).join(' and ')}. Make ${by && license ? 'them' : 'it'} yours:`,
    'git config --global user.name "Your Name" && git config --global user.email "you@example.com"',
  ];
  if (license) lines.push('put your name in LICENSE');
  if (by) lines.push(`${cd}${license ? 'git add LICENSE && ' : ''}git commit --amend --reset-author --no-edit`);
  report.warn(lines.join('\n'));
}
