import { type Logger, pino } from 'pino';
import type { Config } from './config.ts';
import { prettyTransport } from './lib/pretty-logs.ts';

export type { Logger };

/**
 * JSON logs in production, readable lines in development (src/lib/pretty-logs.ts).
 * Credentials are redacted before anything is written.
 */
export function createLogger(config: Pick<Config, 'env' | 'logLevel'>): Logger {
  return pino({
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
    transport: prettyTransport(config),
  });
}
