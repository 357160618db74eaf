/**
 * A cloud target: which template folders it adds (deploy config, infrastructure as code, the
 * deploy job partial for the CI workflow) and the README section that walks a learner through
 * the one-time setup and the teardown.
 */
import type { Context } from '../src/context.js';
import type { LayerRef } from '../stacks/types.js';

export interface CloudDescriptor {
  id: string;
  label: string;
  hint: string;
  /** Not yet verified in CI: hidden unless --experimental. */
  experimental?: boolean;
  /** Every cloud layer must define the `ci-deploy-job` partial (empty for none). */
  layers: LayerRef[];
  /** Markdown for the README's "Deploying" section (without its heading). */
  readme: (ctx: Context) => string;
  /** A message when this cloud cannot host the given answers (e.g. SQLite without a volume). */
  incompatible?: (answers: { database?: string; framework?: string }) => string | undefined;
}
