import type { FastifyServerOptions } from 'fastify';
import type { Config } from './config.ts';
import { jsonStdout, prettyTransport } from './lib/pretty-logs.ts';

/**
 * Fastify's built-in pino logger: JSON in production, readable lines in development
 * (src/lib/pretty-logs.ts, which also says why JSON is written asynchronously). Credentials
 * never reach the logs, even if someone adds headers to the request log.
 */
export function loggerOptions(
  config: Pick<Config, 'env' | 'logLevel'>,
): FastifyServerOptions['logger'] {
  const transport = prettyTransport(config);
  return {
    level: config.logLevel,
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-csrf-token"]'],
      censor: '[redacted]',
    },
    ...(transport ? { transport } : { stream: jsonStdout() }),
  };
}
