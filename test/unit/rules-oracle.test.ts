/**
 * An independent statement of the compatibility rules (an oracle, not a second call of
 * src/rules.ts): every raw combination of every value is valid exactly when this table says so,
 * and the render test's combinations are exactly the valid ones. A new stack, database or cloud
 * must be added here by hand, which is the point: the rule is then written twice, by two people.
 */
import { describe, expect, it } from 'vitest';
import { CHOICE_OPTIONS, type Answers } from '../../src/options/index.js';
import { ruleViolations } from '../../src/rules.js';
import { allCombinations, label } from '../helpers/combinations.js';

/** Each framework's language. */
const LANGUAGE_OF: Record<string, string> = {
  express: 'typescript',
  fastify: 'typescript',
  nestjs: 'typescript',
  fastapi: 'python',
  django: 'python',
  flask: 'python',
  gin: 'go',
  echo: 'go',
  'spring-boot': 'java',
};

/** The databases each cloud can host (`none` deploys nowhere and takes any). */
const CLOUD_DATABASES: Record<string, string[]> = {
  none: ['postgres', 'mysql', 'sqlite'],
  aws: ['postgres', 'mysql'],
  gcp: ['postgres', 'mysql'],
  azure: ['postgres', 'mysql'],
  fly: ['postgres', 'sqlite'],
  render: ['postgres'],
};

const NODE_PACKAGE_MANAGERS = ['npm', 'pnpm', 'yarn', 'bun'];

function oracle(a: Answers): boolean {
  const language = LANGUAGE_OF[a.framework];
  if (language !== a.language) return false;
  if (language === 'typescript' ? !NODE_PACKAGE_MANAGERS.includes(a.packageManager) : a.packageManager !== 'none') return false;
  return CLOUD_DATABASES[a.cloud]?.includes(a.database) ?? false;
}

/** Every value of every option, whatever the other answers: the raw product. */
function rawProduct(): Answers[] {
  const values = (key: string) => {
    const opt = CHOICE_OPTIONS.find((o) => o.key === key)!;
    const all = new Set<string>();
    for (const language of ['typescript', 'python', 'go', 'java', undefined]) for (const c of opt.choices({ language })) all.add(c.value);
    if (key === 'packageManager') all.add('none');
    return [...all];
  };
  let combos: Array<Record<string, string>> = [{}];
  for (const key of ['language', 'framework', 'database', 'auth', 'cloud', 'packageManager']) {
    combos = combos.flatMap((c) => values(key).map((v) => ({ ...c, [key]: v })));
  }
  return combos.map((c) => ({ ...(c as unknown as Answers), name: 'demo-api', git: false, install: false }));
}

describe('compatibility rules against an independent oracle', () => {
  const raw = rawProduct();
  it('knows every framework the CLI offers', () => {
    const frameworks = new Set(raw.map((a) => a.framework));
    expect([...frameworks].sort()).toEqual(Object.keys(LANGUAGE_OF).sort());
  });
  it('accepts exactly the combinations the oracle accepts', () => {
    const disagreements = raw.filter((a) => (ruleViolations(a).length === 0) !== oracle(a)).map(label);
    expect(disagreements).toEqual([]);
  });
  it('renders exactly the valid combinations in the render test', () => {
    const valid = raw
      .filter(oracle)
      .map((a) => `${a.language}/${label(a)}`)
      .sort();
    expect(
      allCombinations()
        .map((a) => `${a.language}/${label(a)}`)
        .sort(),
    ).toEqual(valid);
  });
});
