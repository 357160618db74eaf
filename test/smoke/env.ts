/** The environment a generated project's commands run in during the smoke (and bench:ttg). */
import { randomBytes } from 'node:crypto';
import { nodeDirFor } from './node.js';

/** `pathPrefix` starts with the folder of the project's node (see projectNodeBin). */
export function projectEnv(pathPrefix: string, secret = randomBytes(32).toString('hex')): Record<string, string> {
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    PATH: `${pathPrefix}:${process.env.PATH}`,
    npm_config_nodedir: nodeDirFor(pathPrefix.split(':')[0]!),
    CI: 'true',
    NODE_ENV: 'test',
    APP_ENV: 'test',
    UV_PYTHON_DOWNLOADS: 'never',
    // Cells share one package cache; skip revalidating it against the registry on every install.
    npm_config_prefer_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    LOG_LEVEL: 'warn',
    ADMIN_EMAIL: 'admin@example.com',
    JWT_SECRET: secret,
    SESSION_SECRET: secret,
  };
  delete env.npm_config_user_agent;
  return env;
}
