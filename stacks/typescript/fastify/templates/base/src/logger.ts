import type { FastifyServerOptions } from 'fastify';
import { pino } from 'pino';
import type { Config } from './config.ts';
import { prettyTransport } from './lib/pretty-logs.ts';

/**
 * Fastify's built-in pino logger: JSON in production, readable lines in development
 * (src/lib/pretty-logs.ts). Credentials never reach the logs, even if someone adds headers to
 * the request log.
 *
 * JSON goes to stdout through pino's asynchronous destination (pino's docs, "Asynchronous
 * logging"): lines logged while a write is in flight leave in one write, instead of one
 * blocking write per request line. pino flushes it when the process exits, including on an
 * uncaught exception; only a hard kill (SIGKILL, power loss) can lose the last lines.
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
    ...(transport ? { transport } : { stream: pino.destination({ dest: 1, sync: false }) }),
  };
}
