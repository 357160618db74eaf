/** Every combination of every choice (experimental ones too) that the rules allow. */
import type { Answers } from '../../src/options/index.js';

export { allCombinations } from '../../src/matrix/index.js';

export const label = (a: Answers) => `${a.framework}/${a.database}/${a.auth}/${a.cloud}/${a.packageManager}`;
