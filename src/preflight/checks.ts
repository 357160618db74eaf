/**
 * The preflight: what this machine has of what the project needs, before anything is written or
 * installed (and again, inside a project, as `doctor`). Each finding is one line that names the
 * exact fix. The facts come from data: the language's toolchain (stacks/<language>/language.ts),
 * the package manager's (src/choices/package-managers.ts) and the database's.
 */
import type { DatabaseFacts } from '../choices/databases/index.js';
import type { PackageManagerFacts } from '../choices/package-managers.js';
import type { LanguageFacts, ToolCheck } from '../../stacks/types.js';
import { atLeast, versionIn, type Machine } from './probe.js';

export interface Finding {
  id: string;
  /** ok: nothing to do; problem: something to fix; info: worth knowing, never blocking. */
  status: 'ok' | 'problem' | 'info';
  /** One line, with the fix in it. */
  text: string;
  /** The install step cannot run without this being fixed. */
  blocksInstall?: boolean;
}

export interface GitIdentity {
  name?: string;
  email?: string;
}

export interface PreflightInput {
  lang: LanguageFacts;
  /** The Node package manager, for Node stacks (Python's uv is in the language's toolchain). */
  pm?: PackageManagerFacts;
  install: boolean;
  git: boolean;
  db: DatabaseFacts;
  /** DATABASE_URL from the project's .env (doctor). */
  dotenvUrl?: string;
  /** doctor: also ask Docker whether its engine runs (slower). */
  dockerEngine?: boolean;
  /**
   * Before generating: a tool with no minimum version is only looked up on PATH, not run, and
   * the runtime's version is skipped where the tool brings its own; doctor runs everything.
   */
  quick?: boolean;
}

export interface PreflightResult {
  findings: Finding[];
  /** Problems the install step cannot get past. */
  blockers: Finding[];
  identity: GitIdentity;
  gitInstalled: boolean;
}

type Probed = { found: boolean; version?: string };

async function probe(m: Machine, tool: ToolCheck, quick = false): Promise<Probed> {
  if (quick && !tool.min) return { found: m.which(tool.command[0]!) };
  const r = await m.run(tool.command);
  if (!r.ok) return { found: false };
  return { found: true, version: versionIn(r.output) };
}

/** "Node.js 24.1.0" / "Node.js is not installed: fix" / "Node.js 20.1.0 is older than 22.12, ...: fix". */
function problemOf(tool: ToolCheck, p: Probed, min: string | undefined): string | undefined {
  if (!p.found) return `${tool.label} is not installed`;
  if (min && p.version && !atLeast(p.version, min)) return `${tool.label} ${p.version} is older than ${min}, which this project needs`;
  return undefined;
}

function toolFinding(tool: ToolCheck, p: Probed, min: string | undefined, fix = tool.install): { ok: boolean; text: string } {
  const problem = problemOf(tool, p, min);
  if (problem) return { ok: false, text: `${problem}: ${fix}` };
  return { ok: true, text: `${tool.label} ${p.version ?? ''}`.trim() + (min ? ` (needs ${min} or newer)` : '') };
}

async function languageFindings(m: Machine, input: PreflightInput): Promise<Finding[]> {
  const chain = input.lang.toolchain;
  if (!chain) return [];
  const tool: (ToolCheck & { corepack?: boolean }) | undefined = chain.tool ?? input.pm?.tool;
  const runtimeMin = chain.runtime.min ?? input.lang.minVersion;
  const quick = input.quick ?? false;
  const own = tool ? await probe(m, tool, quick) : undefined;
  // A runtime the tool fetches itself (uv: Python) only matters without the tool.
  const runtime = quick && chain.runtimeFromTool && own?.found ? { found: true } : await probe(m, { ...chain.runtime, min: runtimeMin });
  const corepack = tool?.corepack && !own?.found ? { found: m.which('corepack') } : undefined;
  const out: Finding[] = [];
  const r = toolFinding(chain.runtime, runtime, runtimeMin);
  const toolOk = own === undefined || own.found;
  if (r.ok) out.push({ id: 'runtime', status: 'ok', text: r.text });
  else if (chain.runtimeFromTool && tool && toolOk) {
    const problem = problemOf(chain.runtime, runtime, runtimeMin)!;
    out.push({ id: 'runtime', status: 'info', text: `${problem}; ${chain.runtimeFromTool}` });
  } else out.push({ id: 'runtime', status: 'problem', text: r.text, blocksInstall: true });

  if (tool && own) {
    // pnpm and Yarn: Corepack (shipped with Node 22 and 24) enables them without a global install.
    const fix = corepack?.found ? `corepack enable ${tool.command[0]}` : tool.install;
    const t = toolFinding(tool, own, tool.min, fix);
    out.push(t.ok ? { id: 'tool', status: 'ok', text: t.text } : { id: 'tool', status: 'problem', text: t.text, blocksInstall: true });
    if (!t.ok && chain.fallback) {
      const fb = chain.fallback;
      const p = await probe(m, fb, quick);
      if (p.found && p.version && fb.min && atLeast(p.version, fb.min)) {
        out.push({ id: 'fallback', status: 'info', text: `${fb.label} ${p.version} can take ${fb.route} instead (it writes no ${tool.label} lock file)` });
      } else if (p.found) {
        out.push({
          id: 'fallback',
          status: 'problem',
          text: `${fb.label} ${p.version ?? '(version unknown)'} is older than ${fb.min}, which ${fb.route} needs: ${fb.install}`,
        });
      }
    }
  }
  return out;
}

async function gitFindings(m: Machine, input: PreflightInput): Promise<{ findings: Finding[]; identity: GitIdentity; installed: boolean }> {
  const version = input.quick ? { ok: m.which('git'), output: '' } : await m.run(['git', '--version']);
  if (!version.ok) {
    const text = `git is not installed: https://git-scm.com/downloads${input.git ? ' (the project is written without a repository; or pass --no-git)' : ''}`;
    return { findings: [{ id: 'git', status: input.git ? 'problem' : 'info', text }], identity: {}, installed: false };
  }
  // One git call for both (exit 1 when neither is set): `user.name Ada Lovelace` lines.
  const config = await m.run(['git', 'config', '--get-regexp', '^user\\.(name|email)$']);
  // The last one wins, as in git itself (system, then global, then local config).
  const value = (key: string) =>
    config.output
      .split('\n')
      .filter((l) => l.startsWith(`${key} `))
      .at(-1)
      ?.slice(key.length + 1)
      .trim() || undefined;
  const [name, email] = config.ok ? [value('user.name'), value('user.email')] : [];
  const identity: GitIdentity = { ...(name ? { name } : {}), ...(email ? { email } : {}) };
  const findings: Finding[] = [{ id: 'git', status: 'ok', text: `git ${versionIn(version.output) ?? ''}`.trim() }];
  if (identity.name && identity.email) {
    findings.push({ id: 'git-identity', status: 'ok', text: `git identity: ${identity.name} <${identity.email}>` });
  } else {
    findings.push({
      id: 'git-identity',
      status: input.git ? 'problem' : 'info',
      text:
        'git has no identity (user.name and user.email), so commits would not be yours: ' +
        'git config --global user.name "Your Name" && git config --global user.email "you@example.com"',
    });
  }
  return { findings, identity, installed: true };
}

async function dockerFindings(m: Machine, input: PreflightInput): Promise<Finding[]> {
  const get = 'https://docs.docker.com/get-started/get-docker/';
  if (!input.dockerEngine) {
    // Informational only: before generating, being on PATH is enough to say.
    return m.which('docker')
      ? [{ id: 'docker', status: 'ok', text: 'Docker' }]
      : [{ id: 'docker', status: 'info', text: `Docker is not installed (optional: compose.yaml runs the app and its database in it): ${get}` }];
  }
  const v = await m.run(['docker', '--version']);
  if (!v.ok) return [{ id: 'docker', status: 'info', text: `Docker is not installed (optional: compose.yaml runs the app and its database in it): ${get}` }];
  const engine = await m.run(['docker', 'info', '--format', '{{.ServerVersion}}']);
  if (!engine.ok)
    return [
      { id: 'docker', status: 'info', text: 'Docker is installed but its engine is not running: start Docker Desktop (Linux: sudo systemctl start docker)' },
    ];
  return [{ id: 'docker', status: 'ok', text: `Docker ${versionIn(v.output) ?? ''}`.trim() }];
}

function hostPort(url: string, fallbackPort: number): { host: string; port: number } | undefined {
  try {
    const u = new URL(url);
    return { host: u.hostname.replace(/^\[|\]$/g, '') || 'localhost', port: Number(u.port) || fallbackPort };
  } catch {
    return undefined;
  }
}

async function databaseFindings(m: Machine, input: PreflightInput): Promise<Finding[]> {
  const { db } = input;
  if (!db.server || !db.service) return [{ id: 'database', status: 'ok', text: `${db.label}: embedded in the app, nothing to install` }];
  const fromEnv = m.env.DATABASE_URL?.trim() || undefined;
  const url = fromEnv ?? input.dotenvUrl;
  const where = fromEnv ? 'DATABASE_URL' : input.dotenvUrl ? 'DATABASE_URL in .env' : undefined;
  // Nothing to probe (nor node:net to load) when no URL is set and the app embeds its server.
  if (!where && db.embedded)
    return [
      { id: 'database', status: 'ok', text: `${db.label}: DATABASE_URL is not set, so development and the tests start an embedded server in ${db.embedded}` },
    ];
  const target = hostPort(url ?? db.localUrl, db.port);
  if (!target) return [{ id: 'database', status: 'problem', text: `${where} is not a valid URL: it looks like ${db.localUrl}` }];
  const up = await m.listening(target.host, target.port);
  const at = `${target.host}:${target.port}`;
  const start = `docker compose up -d db, or install ${db.label} (${db.service.download})`;
  if (where) {
    return [
      up
        ? { id: 'database', status: 'ok', text: `${where} is set and something answers at ${at}` }
        : { id: 'database', status: 'problem', text: `${where} points at ${at}, where nothing answers: start the database (${start})` },
    ];
  }
  return [
    up
      ? { id: 'database', status: 'info', text: `DATABASE_URL is not set; a server answers at ${at}, where .env.example points (cp .env.example .env)` }
      : { id: 'database', status: 'problem', text: `DATABASE_URL is not set and no ${db.label} answers at ${at}: ${start}, then cp .env.example .env` },
  ];
}

export async function preflight(m: Machine, input: PreflightInput): Promise<PreflightResult> {
  const [lang, git, docker, database] = await Promise.all([
    languageFindings(m, input),
    gitFindings(m, input),
    dockerFindings(m, input),
    databaseFindings(m, input),
  ]);
  const findings = [...lang, ...git.findings, ...docker, ...database];
  return {
    findings,
    blockers: input.install ? findings.filter((f) => f.status === 'problem' && f.blocksInstall) : [],
    identity: git.identity,
    gitInstalled: git.installed,
  };
}

const ICON = { ok: '✔', problem: '✖', info: 'i' } as const;

/** One line per finding; `problem`s that do not block are marked `!`. */
export function findingLine(f: Finding): string {
  const icon = f.status === 'problem' && !f.blocksInstall ? '!' : ICON[f.status];
  return `${icon} ${f.text}`;
}
