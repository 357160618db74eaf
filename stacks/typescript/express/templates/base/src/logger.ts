import { type Logger, pino } from 'pino';
import type { Config } from './config.ts';
import { jsonStdout, prettyTransport } from './lib/pretty-logs.ts';

export type { Logger };

/**
 * JSON logs in production, readable lines in development (src/lib/pretty-logs.ts, which also
 * says why JSON is written asynchronously).
 * Credentials are redacted before anything is written.
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
    : pino(options, jsonStdout());
}
