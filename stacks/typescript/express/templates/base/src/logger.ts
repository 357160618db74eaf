import { type Logger, pino } from 'pino';
import type { Config } from './config.ts';
import { prettyTransport } from './lib/pretty-logs.ts';

export type { Logger };

/**
 * JSON logs in production, readable lines in development (src/lib/pretty-logs.ts).
 * Credentials are redacted before anything is written.
 *
 * JSON goes to stdout through pino's asynchronous destination (pino's docs, "Asynchronous
 * logging"): lines logged while a write is in flight leave in one write, instead of one
 * blocking write per request line. pino flushes it when the process exits, including on an
 * uncaught exception; only a hard kill (SIGKILL, power loss) can lose the last lines.
 */
export function createLogger(config: Pick<Config, 'env' | 'logLevel'>): Logger {
  const options = {
    level: config.logLevel,
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'req.headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
      ],
      censor: '[redacted]',
    },
  };
  const transport = prettyTransport(config);
  return transport
    ? pino({ ...options, transport })
    : pino(options, pino.destination({ dest: 1, sync: false }));
}
