/**
 * Every GitHub Action a generated workflow uses, pinned to the full commit SHA of a release (a
 * tag can be moved to other code; a commit cannot), with the release in a comment so a reader and
 * Dependabot see which version it is. Templates write `uses: {{actions.checkout}}`; a render test
 * checks that every `uses:` in every generated workflow is a value of this table.
 *
 * To update one: take the commit the release tag points at (for an annotated tag, the commit it
 * dereferences to, not the tag object), change `sha` and `version` together.
 */
export interface PinnedAction {
  /** owner/repo, or owner/repo/path for an action in a subfolder. */
  repo: string;
  /** The release the SHA belongs to. */
  version: string;
  sha: string;
}

export const ACTIONS = {
  checkout: { repo: 'actions/checkout', version: 'v7.0.1', sha: '3d3c42e5aac5ba805825da76410c181273ba90b1' },
  setupNode: { repo: 'actions/setup-node', version: 'v7.0.0', sha: '820762786026740c76f36085b0efc47a31fe5020' },
  cache: { repo: 'actions/cache', version: 'v6.1.0', sha: '55cc8345863c7cc4c66a329aec7e433d2d1c52a9' },
  setupPnpm: { repo: 'pnpm/action-setup', version: 'v6.1.0', sha: 'ea17c68df8912ef543352723c149a84f56e3d413' },
  setupBun: { repo: 'oven-sh/setup-bun', version: 'v2.2.0', sha: '0c5077e51419868618aeaa5fe8019c62421857d6' },
  setupGo: { repo: 'actions/setup-go', version: 'v7.0.0', sha: 'b7ad1dad31e06c5925ef5d2fc7ad053ef454303e' },
  setupJava: { repo: 'actions/setup-java', version: 'v5.5.0', sha: '0f481fcb613427c0f801b606911222b5b6f3083a' },
  setupUv: { repo: 'astral-sh/setup-uv', version: 'v10.2.0', sha: 'c18668ad3cf93ea998bef934396af7bb5c839dc7' },
  uploadArtifact: { repo: 'actions/upload-artifact', version: 'v7.0.1', sha: '043fb46d1a93c77aae656e7c1c64a875d1fc6a0a' },
  dependencyReview: { repo: 'actions/dependency-review-action', version: 'v5.0.0', sha: 'a1d282b36b6f3519aa1f3fc636f609c47dddb294' },
  setupBuildx: { repo: 'docker/setup-buildx-action', version: 'v4.3.0', sha: '37fe631027851001ddb9b187196cc803df7f5f0e' },
  buildPush: { repo: 'docker/build-push-action', version: 'v7.3.0', sha: '53b7df96c91f9c12dcc8a07bcb9ccacbed38856a' },
  awsCredentials: { repo: 'aws-actions/configure-aws-credentials', version: 'v6.2.3', sha: 'e6de054238d6b7531b4efff3b6587d9aade6a06c' },
  ecrLogin: { repo: 'aws-actions/amazon-ecr-login', version: 'v2.1.6', sha: 'd539f0932e70871a027e9d5a9d8fc38589180a64' },
  gcpAuth: { repo: 'google-github-actions/auth', version: 'v3.0.0', sha: '7c6bc770dae815cd3e89ee6cdf493a5fab2cc093' },
  setupGcloud: { repo: 'google-github-actions/setup-gcloud', version: 'v3.0.1', sha: 'aa5489c8933f4cc7a4f7d45035b3b1440c9c10db' },
  azureLogin: { repo: 'azure/login', version: 'v3.0.1', sha: 'f5d393ae46f8fde4be8b75f32e3fc50e654ad0ca' },
  setupFlyctl: { repo: 'superfly/flyctl-actions/setup-flyctl', version: '1.6', sha: 'ed8efb33836e8b2096c7fd3ba1c8afe303ebbff1' },
} as const satisfies Record<string, PinnedAction>;

export type ActionName = keyof typeof ACTIONS;

/** What a template writes after `uses: `: `owner/repo@sha # version`. */
export type ActionRefs = Record<ActionName, string>;

export const actionRef = (a: PinnedAction): string => `${a.repo}@${a.sha} # ${a.version}`;

export function actionRefs(): ActionRefs {
  return Object.fromEntries(Object.entries(ACTIONS).map(([name, a]) => [name, actionRef(a)])) as ActionRefs;
}
