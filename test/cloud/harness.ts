/**
 * Shared by the per-cloud test files: renders every combination for one cloud in memory (the
 * engine, as test/render does), writes the distinct workflows and infrastructure folders to a
 * temporary directory, and runs the external checkers over them in one call each.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import { expect } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { Answers } from '../../src/options/index.js';
import { buildContext, type Context } from '../../src/context.js';
import { sourceCompiler } from '../../src/render/compilers.js';
import { render, type RenderedFiles } from '../../src/render/engine.js';
import { allCombinations, label } from '../helpers/combinations.js';
import type { Tools } from './tools.js';

export interface Generated {
  label: string;
  answers: Answers;
  ctx: Context;
  files: RenderedFiles;
}

export async function generateAll(cloud: string): Promise<Generated[]> {
  // CLOUD_TEST_TEMPLATES points at a patched copy of the package (its stacks/ and clouds/) to try a
  // template change before making it.
  const compile = await sourceCompiler(process.env.CLOUD_TEST_TEMPLATES || undefined);
  return allCombinations()
    .filter((a) => a.cloud === cloud)
    .map((answers) => {
      const ctx = buildContext(answers, '0.1.0');
      return { label: label(answers), answers, ctx, files: render(ctx, compile) };
    });
}

export function text(g: Generated, file: string): string {
  const content = g.files.get(file);
  if (content === undefined) throw new Error(`${g.label}: ${file} was not generated`);
  return content.toString();
}

export const WORKFLOW = '.github/workflows/ci.yml';

// biome-ignore lint/suspicious/noExplicitAny: parsed YAML
export type Yaml = any;

const parsed = new WeakMap<Generated, Yaml>();

/** The parsed workflow (parsed once per combination; treat it as read-only). */
export function workflow(g: Generated): Yaml {
  if (!parsed.has(g)) parsed.set(g, parseYaml(text(g, WORKFLOW)));
  return parsed.get(g);
}

export const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);

/** Writes each distinct content once; returns path -> the labels of the combinations that share it. */
export function writeDistinct(dir: string, items: Array<{ label: string; name: string; files: Record<string, string> }>): Map<string, string[]> {
  const seen = new Map<string, { dir: string; labels: string[] }>();
  for (const item of items) {
    const key = hash(JSON.stringify(Object.entries(item.files).sort()));
    const existing = seen.get(key);
    if (existing) {
      existing.labels.push(item.label);
      continue;
    }
    const target = path.join(dir, `${item.name}-${seen.size}`);
    mkdirSync(target, { recursive: true });
    for (const [file, content] of Object.entries(item.files)) {
      mkdirSync(path.dirname(path.join(target, file)), { recursive: true });
      writeFileSync(path.join(target, file), content);
    }
    seen.set(key, { dir: target, labels: [item.label] });
  }
  return new Map([...seen.values()].map((v) => [v.dir, v.labels]));
}

export const tempDir = () => mkdtempSync(path.join(tmpdir(), 'cbr-cloud-'));

export interface LintProblem {
  file: string;
  message: string;
}

/** actionlint (with shellcheck on every run: script) over the given workflow files. */
export async function actionlint(tools: Tools, files: string[]): Promise<{ problems: LintProblem[]; stderr: string; exitCode: number }> {
  const r = await execa(tools.actionlint, ['-no-color', '-format', '{{json .}}', ...files], {
    reject: false,
    env: { PATH: tools.path },
  });
  const problems = r.stdout.trim()
    ? (JSON.parse(r.stdout) as Array<{ filepath: string; line: number; message: string; kind: string }>).map((e) => ({
        file: e.filepath,
        message: `${e.line}: ${e.message} [${e.kind}]`,
      }))
    : [];
  return { problems, stderr: r.stderr, exitCode: r.exitCode ?? 1 };
}

/** The SchemaStore GitHub workflow schema, as vendored by check-jsonschema. */
export async function workflowSchema(tools: Tools, files: string[]): Promise<{ exitCode: number; output: string }> {
  const r = await execa(tools.checkJsonschema, ['--builtin-schema', 'vendor.github-workflows', ...files], { reject: false });
  return { exitCode: r.exitCode ?? 1, output: `${r.stdout}\n${r.stderr}` };
}

export interface HclReport {
  file: string;
  diagnostics: string[];
  formatted: boolean;
  blocks: Array<{ type: string; labels: string[]; line: number }>;
  refs: Array<{ root: string; name: string; next: string; line: number }>;
  locals: string[];
  iterators: string[];
  outputKeys: Record<string, string[]>;
  requiredProviders: string[];
}

export async function hclcheck(tools: Tools, files: string[]): Promise<HclReport[]> {
  const r = await execa(tools.hclcheck, files);
  return JSON.parse(r.stdout) as HclReport[];
}

const BUILTIN_ROOTS = new Set(['var', 'local', 'data', 'module', 'each', 'count', 'path', 'terraform', 'self']);

/**
 * Problems in one Terraform module (all .tf files of a folder): syntax, formatting, and
 * references to variables, locals, resources, data sources or outputs that are not declared.
 */
export function moduleProblems(reports: HclReport[]): string[] {
  const problems: string[] = [];
  const declared = { variable: new Set<string>(), resource: new Set<string>(), data: new Set<string>(), types: new Set<string>() };
  const locals = new Set<string>();
  const iterators = new Set<string>();
  const providers = new Set<string>();
  for (const r of reports) {
    for (const d of r.diagnostics) problems.push(`${r.file}: ${d}`);
    if (!r.formatted) problems.push(`${r.file}: not formatted as terraform fmt would`);
    for (const l of r.locals) locals.add(l);
    for (const i of r.iterators) iterators.add(i);
    for (const b of r.blocks) {
      if (b.type === 'variable') declared.variable.add(b.labels[0]!);
      if (b.type === 'resource') {
        declared.resource.add(`${b.labels[0]}.${b.labels[1]}`);
        declared.types.add(b.labels[0]!);
      }
      if (b.type === 'data') declared.data.add(`${b.labels[0]}.${b.labels[1]}`);
      if (b.type === 'provider') providers.add(b.labels[0]!);
    }
  }
  for (const r of reports) {
    for (const ref of r.refs) {
      const where = `${path.basename(r.file)}:${ref.line}`;
      if (ref.root === 'var' && !declared.variable.has(ref.name)) problems.push(`${where}: var.${ref.name} is not declared`);
      else if (ref.root === 'local' && !locals.has(ref.name)) problems.push(`${where}: local.${ref.name} is not declared`);
      else if (ref.root === 'data') {
        if (!declared.data.has(`${ref.name}.${ref.next}`)) problems.push(`${where}: data.${ref.name}.${ref.next} is not declared`);
      } else if (!BUILTIN_ROOTS.has(ref.root) && !iterators.has(ref.root)) {
        if (!declared.resource.has(`${ref.root}.${ref.name}`)) problems.push(`${where}: ${ref.root}.${ref.name} is not a declared resource`);
      }
    }
  }
  // Every resource type comes from a required provider, configured unless it needs no settings.
  const required = new Set(reports.flatMap((r) => r.requiredProviders));
  for (const type of declared.types) {
    const provider = type.split('_')[0]!;
    if (!required.has(provider)) problems.push(`resource type ${type}: provider "${provider}" is not in required_providers`);
    if (provider !== 'random' && !providers.has(provider)) problems.push(`resource type ${type}: no provider "${provider}" block`);
  }
  return problems;
}

/** Every `vars.NAME` and `secrets.NAME` a workflow reads. */
export function contextNames(workflowText: string, kind: 'vars' | 'secrets'): Set<string> {
  return new Set([...workflowText.matchAll(new RegExp(`\\$\\{\\{\\s*${kind}\\.([A-Z0-9_]+)`, 'g'))].map((m) => m[1]!));
}

/** The steps of a job, in order, as one string each (uses + run + with), for ordering checks. */
export function stepTexts(job: Yaml): string[] {
  return (job.steps as Yaml[]).map((s) => [s.name ?? '', s.uses ?? '', s.run ?? '', JSON.stringify(s.with ?? {}), JSON.stringify(s.env ?? {})].join('\n'));
}

export function indexOfStep(steps: string[], pattern: RegExp): number {
  return steps.findIndex((s) => pattern.test(s));
}

/** Every step was found (indexOfStep), and in the order given. */
export function expectInOrder(order: number[], label: string): void {
  expect(
    order.every((i) => i >= 0),
    `${label} ${order}`,
  ).toBe(true);
  expect(
    [...order].sort((a, b) => a - b),
    label,
  ).toEqual(order);
}

export interface Finding {
  file: string;
  message: string;
}

/**
 * zizmor's offline audits (no GitHub API) over workflow files: every finding at any severity
 * its default persona reports. `files` are paths; findings name the file they are in.
 */
export async function zizmor(tools: Tools, files: string[]): Promise<{ findings: Finding[]; exitCode: number; stderr: string }> {
  const r = await execa(tools.zizmor, ['--offline', '--no-progress', '--format', 'json', ...files], { reject: false });
  const parsed = r.stdout.trim()
    ? (JSON.parse(r.stdout) as Array<{
        ident: string;
        desc: string;
        determinations: { severity: string };
        locations: Array<{
          symbolic: { key: { Local?: { verbatim_path?: string; given_path?: string } } };
          concrete: { location: { start_point: { row: number } } };
        }>;
      }>)
    : [];
  const findings = parsed.map((f) => {
    const at = f.locations[0];
    const local = at?.symbolic.key.Local;
    return {
      file: local?.verbatim_path ?? local?.given_path ?? '?',
      message: `${(at?.concrete.location.start_point.row ?? -1) + 1}: ${f.ident} (${f.determinations.severity}): ${f.desc}`,
    };
  });
  return { findings, exitCode: r.exitCode ?? 1, stderr: r.stderr };
}

/** hadolint over Dockerfiles, failing at warning level (info and style notes do not fail). */
export async function hadolint(tools: Tools, files: string[]): Promise<{ findings: Finding[]; exitCode: number }> {
  const r = await execa(tools.hadolint, ['--no-color', '--format', 'json', '--failure-threshold', 'warning', ...files], { reject: false });
  const parsed = r.stdout.trim() ? (JSON.parse(r.stdout) as Array<{ file: string; line: number; code: string; level: string; message: string }>) : [];
  const findings = parsed
    .filter((f) => f.level === 'error' || f.level === 'warning')
    .map((f) => ({ file: f.file, message: `${f.line}: ${f.code} (${f.level}): ${f.message}` }));
  return { findings, exitCode: r.exitCode ?? 1 };
}

/**
 * checkov's Terraform checks over every module below `dir` (one run: checkov walks the folders),
 * offline. Failed checks are findings; inline `#checkov:skip=ID:reason` comments are honoured and
 * reported as skipped, so each skip stays visible in the generated file where a reviewer reads it.
 */
export async function checkov(tools: Tools, dir: string): Promise<{ findings: Finding[]; passed: number; skipped: number; exitCode: number; stderr: string }> {
  const r = await execa(
    tools.checkov,
    ['--directory', dir, '--framework', 'terraform', '--output', 'json', '--quiet', '--compact', '--skip-download', '--soft-fail'],
    {
      reject: false,
      env: { BC_SKIP_MAPPING: 'TRUE', CHECKOV_RUN_SCA_PACKAGE_SCAN_V2: 'false' },
    },
  );
  type Report = {
    results: { failed_checks: Array<{ check_id: string; check_name: string; resource: string; file_abs_path: string; file_line_range: number[] }> };
    summary: { passed: number; skipped: number };
  };
  const out = r.stdout.trim();
  const reports: Report[] = out ? ([] as Report[]).concat(JSON.parse(out)) : [];
  const findings = reports.flatMap((rep) =>
    (rep.results?.failed_checks ?? []).map((f) => ({
      file: f.file_abs_path,
      message: `${f.file_line_range[0]}: ${f.check_id} ${f.resource}: ${f.check_name}`,
    })),
  );
  const sum = (k: 'passed' | 'skipped') => reports.reduce((n, rep) => n + (rep.summary?.[k] ?? 0), 0);
  return { findings, passed: sum('passed'), skipped: sum('skipped'), exitCode: r.exitCode ?? 1, stderr: r.stderr };
}
