/** Which database each cloud can host, as rules: clear messages, and the CLI refuses before writing. */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { withDefaults } from '../../src/answers.js';
import { CLOUDS } from '../../clouds/index.js';
import { ruleViolations } from '../../src/rules.js';
import { root } from '../helpers/cli.js';

/** The decision: SQLite only where its file can live on a volume; MySQL only where it is managed. */
const HOSTS: Record<string, string[]> = {
  none: ['postgres', 'mysql', 'sqlite'],
  aws: ['postgres', 'mysql'],
  gcp: ['postgres', 'mysql'],
  azure: ['postgres', 'mysql'],
  fly: ['postgres', 'sqlite'],
  render: ['postgres'],
};

const violations = (cloud: string, database: string) =>
  ruleViolations({ ...withDefaults({ framework: 'express' }), name: 'api', cloud, database });

describe('cloud x database rules', () => {
  it('covers every cloud the CLI offers, each with a deploy-job partial and a README section', () => {
    expect(CLOUDS.map((c) => c.id).sort()).toEqual(Object.keys(HOSTS).sort());
    for (const cloud of CLOUDS) {
      expect(cloud.experimental, `${cloud.id} is verified statically here`).toBeFalsy();
      for (const layer of cloud.layers) {
        const partials = readdirSync(path.join(root, layer.dir, '_partials'));
        expect(partials, cloud.id).toContain('ci-deploy-job.hbs');
        expect(partials, cloud.id).toContain('readme-deploy.hbs');
      }
    }
  });

  it.each(Object.entries(HOSTS))('%s hosts exactly %j', (cloud, databases) => {
    for (const database of ['postgres', 'mysql', 'sqlite']) {
      const found = violations(cloud, database);
      if (databases.includes(database)) expect(found, `${cloud} + ${database}`).toEqual([]);
      else {
        expect(found, `${cloud} + ${database}`).toHaveLength(1);
        const message = found[0]!;
        // Names what is wrong and what to choose instead.
        expect(message).toContain(database === 'sqlite' ? 'SQLite' : 'MySQL');
        expect(message).toContain(CLOUDS.find((c) => c.id === cloud)!.label.split(' ')[0]!);
        expect(message).toMatch(/--database postgres/);
        if (database === 'sqlite') expect(message).toMatch(/--cloud fly/);
        expect(message.length).toBeLessThan(300);
      }
    }
  });

  it('the CLI rejects SQLite on AWS with the rule message, exits non-zero and writes nothing', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'cbr-cloud-rules-'));
    const r = await execa(
      path.join(root, 'node_modules/.bin/tsx'),
      [path.join(root, 'src/cli.ts'), 'api', '--framework', 'express', '--database', 'sqlite', '--auth', 'jwt', '--cloud', 'aws', '--yes', '--no-git', '--no-install'],
      { cwd, reject: false, stdin: 'ignore', env: { NO_COLOR: '1' } },
    );
    expect(r.exitCode).not.toBe(0);
    expect(r.stderr).toMatch(/^error: SQLite cannot be deployed to AWS: .*--database postgres/m);
    expect(readdirSync(cwd)).toEqual([]);
  });
});
