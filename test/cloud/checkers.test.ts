/** The checkers themselves catch what they are there for (so a green run means something). */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionlint, checkov, hadolint, hclcheck, moduleProblems, tempDir, workflowSchema, zizmor } from './harness.js';
import { ensureTools, type Tools } from './tools.js';

let tools: Tools;
let dir: string;
beforeAll(async () => {
  tools = await ensureTools();
  dir = tempDir();
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('checkers', () => {
  it('actionlint runs shellcheck on scripts and catches workflow mistakes', async () => {
    const file = path.join(dir, 'bad.yml');
    writeFileSync(
      file,
      ['on: push', 'jobs:', '  a:', '    runs-on: ubuntu-latest', '    needs: [missing]', '    steps:', '      - run: echo $unquoted', ''].join('\n'),
    );
    const r = await actionlint(tools, [file]);
    const messages = r.problems.map((p) => p.message).join('\n');
    expect(messages).toMatch(/SC2086/); // shellcheck is on PATH and used
    expect(messages).toMatch(/missing/); // needs: an undefined job
  });

  it('the workflow schema rejects a job without runs-on', async () => {
    const file = path.join(dir, 'no-runner.yml');
    writeFileSync(file, ['on: push', 'jobs:', '  a:', '    steps:', '      - run: echo hi', ''].join('\n'));
    expect((await workflowSchema(tools, [file])).exitCode).not.toBe(0);
  });

  it('hclcheck reports syntax errors, unformatted files and undeclared references', async () => {
    const module = path.join(dir, 'tf');
    mkdirSync(module);
    writeFileSync(path.join(module, 'ok.tf'), ['variable "region" {', '  type = string', '}', ''].join('\n'));
    writeFileSync(
      path.join(module, 'refs.tf'),
      ['resource "aws_s3_bucket" "b" {', '  bucket = "${var.nope}-${local.missing}"', '  tags   = { r = var.region, n = aws_s3_bucket.other.id }', '}', ''].join('\n'),
    );
    writeFileSync(path.join(module, 'ugly.tf'), ['output "x" {', 'value = data.aws_region.current.name', '}', ''].join('\n'));
    writeFileSync(path.join(module, 'broken.tf'), 'resource "x" {\n');
    const reports = await hclcheck(tools, ['ok.tf', 'refs.tf', 'ugly.tf', 'broken.tf'].map((f) => path.join(module, f)));
    const problems = moduleProblems(reports).join('\n');
    expect(problems).toMatch(/var\.nope is not declared/);
    expect(problems).toMatch(/local\.missing is not declared/);
    expect(problems).toMatch(/aws_s3_bucket\.other is not a declared resource/);
    expect(problems).toMatch(/data\.aws_region\.current is not declared/);
    expect(problems).toMatch(/ugly\.tf: not formatted/);
    expect(problems).toMatch(/broken\.tf: .*(Unclosed|Missing|Unterminated)/i);
    expect(problems).toMatch(/provider "aws" is not in required_providers/);
    expect(problems).not.toMatch(/var\.region/);
  });

  it('zizmor reports an unpinned action and a checkout that keeps its credentials', async () => {
    const file = path.join(dir, 'unpinned.yml');
    writeFileSync(
      file,
      ['on: push', 'permissions: {}', 'jobs:', '  a:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v6', ''].join('\n'),
    );
    const r = await zizmor(tools, [file]);
    const messages = r.findings.map((f) => f.message).join('\n');
    expect(messages).toMatch(/unpinned-uses/);
    expect(messages).toMatch(/artipacked/);
    expect(r.exitCode).not.toBe(0);
  });

  it('hadolint fails a Dockerfile at warning level (an unpinned apt-get install, cd in RUN)', async () => {
    const file = path.join(dir, 'Dockerfile');
    writeFileSync(file, ['FROM debian:13', 'RUN apt-get update && apt-get install -y curl', 'RUN cd /tmp && touch x', ''].join('\n'));
    const r = await hadolint(tools, [file]);
    const messages = r.findings.map((f) => f.message).join('\n');
    expect(messages).toMatch(/DL3008/); // apt-get install without versions
    expect(messages).toMatch(/DL3003/); // cd instead of WORKDIR
    expect(r.exitCode).not.toBe(0);
  });

  it('checkov fails an ECR repository with mutable tags and honours an inline skip with a reason', async () => {
    const module = path.join(dir, 'checkov', 'bad');
    mkdirSync(module, { recursive: true });
    writeFileSync(
      path.join(module, 'main.tf'),
      [
        'resource "aws_ecr_repository" "app" {',
        '  #checkov:skip=CKV_AWS_136:AWS-managed encryption is enough for this self-test',
        '  name                 = "app"',
        '  image_tag_mutability = "MUTABLE"',
        '}',
        '',
      ].join('\n'),
    );
    const r = await checkov(tools, path.dirname(module));
    const messages = r.findings.map((f) => f.message).join('\n');
    expect(messages).toMatch(/CKV_AWS_51 aws_ecr_repository\.app/); // mutable image tags
    expect(messages).not.toMatch(/CKV_AWS_136/);
    expect(r.skipped).toBeGreaterThan(0);
  });
});
