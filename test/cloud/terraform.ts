/** Checks shared by the Terraform-based targets (AWS, Google Cloud, Azure). */
import path from 'node:path';
import { expect, it } from 'vitest';
import { checkov, contextNames, hclcheck, type HclReport, moduleProblems, text, writeDistinct } from './harness.js';
import { type CloudState, deployText, filesUnder } from './suite.js';

export function terraformChecks(cloud: string, state: () => CloudState, expectedResources: string[]): void {
  let modules: Array<{ labels: string[]; reports: HclReport[] }> = [];

  it('describes the infrastructure in Terraform that parses, is formatted and declares everything it references', async () => {
    const { generated, tools, dir } = state();
    const written = writeDistinct(
      dir,
      generated.map((g) => ({ label: g.label, name: `infra-${cloud}`, files: filesUnder(g, 'infra') })),
    );
    const tfFiles = [...written.keys()].flatMap((d) =>
      Object.keys(filesUnder(generated.find((g) => g.label === written.get(d)![0])!, 'infra'))
        .filter((f) => f.endsWith('.tf'))
        .map((f) => path.join(d, f)),
    );
    expect(tfFiles.length).toBeGreaterThan(0);
    const reports = await hclcheck(tools, tfFiles);
    modules = [...written.entries()].map(([d, labels]) => ({ labels, reports: reports.filter((r) => path.dirname(r.file) === d) }));
    const problems = modules.flatMap((m) => moduleProblems(m.reports).map((p) => `${m.labels[0]}: ${p}`));
    expect(problems).toEqual([]);
    for (const m of modules) {
      const resources = new Set(m.reports.flatMap((r) => r.blocks.filter((b) => b.type === 'resource').map((b) => b.labels[0])));
      for (const type of expectedResources) expect(resources, `${m.labels[0]}: ${type}`).toContain(type);
    }
  });

  it('passes checkov: every finding fixed or skipped inline with a reason', async () => {
    const { generated, tools, dir } = state();
    const root = path.join(dir, `checkov-${cloud}`);
    const written = writeDistinct(
      root,
      generated.map((g) => ({ label: g.label, name: 'infra', files: filesUnder(g, 'infra') })),
    );
    expect(written.size).toBeGreaterThan(0);
    const report = await checkov(tools, root);
    const label = (file: string) => [...written.entries()].find(([d]) => file.startsWith(`${d}/`))?.[1][0] ?? file;
    expect(report.findings.map((f) => `${label(f.file)}: ${f.message}`)).toEqual([]);
    expect(report.passed, report.stderr).toBeGreaterThan(0);
    // checkov takes 60-110 s per cloud on an idle 2-core machine, more while the smoke runs.
  }, 600_000);

  it('outputs exactly the repository variables the deploy job reads', () => {
    const { generated } = state();
    expect(modules.length).toBeGreaterThan(0);
    for (const m of modules) {
      const keys = m.reports.map((r) => r.outputKeys.github_variables).find(Boolean);
      expect(keys, `${m.labels[0]}: output github_variables`).toBeDefined();
      for (const label of m.labels) {
        const g = generated.find((x) => x.label === label)!;
        expect([...contextNames(deployText(g), 'vars')].sort(), label).toEqual(keys);
      }
    }
  });

  it('walks through apply, the variables and destroy, and keeps the state out of git', () => {
    for (const g of state().generated) {
      const readme = text(g, 'README.md');
      expect(readme, g.label).toContain('terraform apply');
      expect(readme, g.label).toContain('terraform output -json github_variables');
      expect(readme, g.label).toContain('terraform destroy');
      const ignore = text(g, 'infra/.gitignore');
      for (const pattern of ['*.tfstate', '.terraform/', 'github.env']) expect(ignore, `${g.label} ${pattern}`).toContain(pattern);
      // The database URL matches the database the app was generated for.
      const tf = Object.values(filesUnder(g, 'infra')).join('\n');
      const scheme = g.answers.database === 'postgres' ? 'postgresql' : 'mysql';
      expect(tf, g.label).toMatch(new RegExp(`database_url = "${scheme}://`));
    }
  });
}
