/**
 * A cloud target: which template folders it adds (deploy config, infrastructure as code, the
 * deploy job partial for the CI workflow, and the `readme-deploy` partial: the README section
 * that walks a learner through the one-time setup and the teardown).
 */
import type { LayerRef } from '../stacks/types.js';

export interface CloudDescriptor {
  id: string;
  label: string;
  hint: string;
  /** Not yet verified in CI: hidden unless --experimental. */
  experimental?: boolean;
  /** Every cloud layer must define the `ci-deploy-job` (empty for none) and `readme-deploy` partials. */
  layers: LayerRef[];
  /** A message when this cloud cannot host the given answers (e.g. SQLite without a volume). */
  incompatible?: (answers: { database?: string; framework?: string }) => string | undefined;
}
