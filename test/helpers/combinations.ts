/** Every combination of every choice (experimental ones too) that the rules allow. */
import type { Answers } from '../../src/options/index.js';

import { allCombinations as allCombinationsOf } from '../../src/matrix/index.js';

export const allCombinations = allCombinationsOf;

export const label = (a: Answers) => `${a.framework}/${a.database}/${a.auth}/${a.cloud}/${a.packageManager}`;

/** The first combination of each distinct key (e.g. one per framework and auth mode). */
export function onePer(key: (a: Answers) => string): Answers[] {
  const seen = new Set<string>();
  return allCombinationsOf().filter((a) => {
    const k = key(a);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
