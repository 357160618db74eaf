/** Every combination of every choice (experimental ones too) that the rules allow. */
import { withDefaults } from '../../src/answers.js';
import { CHOICE_OPTIONS, type Answers } from '../../src/options/index.js';
import { ruleViolations } from '../../src/rules.js';

export function allCombinations(): Answers[] {
  let partials: Array<Partial<Answers>> = [{}];
  for (const opt of CHOICE_OPTIONS) {
    partials = partials.flatMap((a) => {
      const values = opt.choices(a).map((c) => c.value);
      return (values.length ? values : [opt.default(a)]).map((v) => ({ ...a, [opt.key]: v }));
    });
  }
  return partials
    .map((a) => ({ ...withDefaults(a), name: 'demo-api', git: false, install: false }))
    .filter((a) => ruleViolations(a).length === 0);
}

export const label = (a: Answers) => `${a.framework}/${a.database}/${a.auth}/${a.cloud}/${a.packageManager}`;
