/**
 * Rules the cloud descriptors share. The README prose they share is Handlebars: the `deploy-*`
 * partials in stacks/_base/templates/_partials/.
 */

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
