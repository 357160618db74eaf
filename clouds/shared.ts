/** Text and rules the cloud descriptors share. */
import type { Context } from '../src/context.js';

/** The GitHub environment every deploy job runs in (and the OIDC subject the clouds trust). */
export const DEPLOY_ENVIRONMENT = 'production';

/** Rejects SQLite on a target that runs replaceable containers without a disk for the file. */
export function sqliteRejected(answers: { database?: string }, cloud: string, why: string): string | undefined {
  if (answers.database !== 'sqlite') return undefined;
  // The way out (which databases and clouds fit instead) is computed by src/rules.ts.
  return `SQLite cannot be deployed to ${cloud}: ${why}`;
}

/** Rejects MySQL on a target whose managed database is PostgreSQL only. */
export function mysqlRejected(answers: { database?: string }, cloud: string): string | undefined {
  if (answers.database !== 'mysql') return undefined;
  return `${cloud} has no managed MySQL (its managed database is PostgreSQL).`;
}

/** The commands that copy Terraform's `github_variables` output into repository variables. */
export function githubVariablesCommands(): string[] {
  return [
    '# the deploy job reads these repository variables (none of them is a secret)',
    `terraform output -json github_variables | jq -r 'to_entries[] | "\\(.key)=\\(.value)"' > github.env`,
    'gh variable set --env-file github.env && rm github.env',
  ];
}

/** What a learner needs on their machine for the Terraform-based targets. */
export function terraformTools(cli: string): string {
  return (
    `${cli}, [Terraform](https://developer.hashicorp.com/terraform/install) 1.6 or later (or ` +
    '[OpenTofu](https://opentofu.org/docs/intro/install/): type `tofu` wherever this says `terraform`), ' +
    'the [GitHub CLI](https://cli.github.com/) signed in (`gh auth login`), `jq`, and this repository pushed to GitHub.'
  );
}

export const REPOSITORY_FLAG = '-var "github_repository=$(gh repo view --json nameWithOwner --jq .nameWithOwner)"';

/** The paragraph every target ends with: what was verified, and what was not. */
export function verificationNote(what: string): string {
  return [
    "create-backend-roadmap's own CI checks these files on every change: the workflow with actionlint",
    `(and shellcheck on every script), ${what}. It cannot run a real deploy, so your first one is`,
    'the real test: if a step fails, its log says which command failed and why.',
  ].join('\n');
}

/** "`JWT_SECRET`" or "" without auth, for sentences listing the app's secrets. */
export function secretList(ctx: Context): string {
  return ctx.auth.secretEnv ? `\`DATABASE_URL\` and \`${ctx.auth.secretEnv}\`` : '`DATABASE_URL`';
}

/** "them" or "it", matching secretList. */
export function them(ctx: Context): string {
  return ctx.auth.secretEnv ? 'them' : 'it';
}

/** The steps the deploy job takes, shared wording for the README. */
export function pipelineIntro(): string {
  return [
    'The `deploy` job in `.github/workflows/ci.yml` runs only for pushes to `main`, after `test` and',
    '`docker` pass, in the `production` [environment](https://docs.github.com/actions/deployment/targeting-different-environments)',
    '(add required reviewers there to approve each deploy). Deploys never cancel each other: a newer one',
    'waits for the one in flight.',
  ].join('\n');
}
