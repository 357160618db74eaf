import { ConsoleLogger, type LogLevel } from '@nestjs/common';
import type { Environment } from './config/config.ts';

/** The LOG_LEVEL values, most to least severe. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevelName = (typeof LOG_LEVELS)[number];

/** Nest's levels that each LOG_LEVEL lets through (Nest calls "info" `log`, "trace" `verbose`). */
const ENABLED: Record<LogLevelName, LogLevel[]> = {
  fatal: ['fatal'],
  error: ['fatal', 'error'],
  warn: ['fatal', 'error', 'warn'],
  info: ['fatal', 'error', 'warn', 'log'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug'],
  trace: ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'],
  silent: [],
};

/**
 * Nest's built-in logger. Production: one JSON object per line, which log collectors parse
 * without configuration. Development (and tests that turn logging on): Nest's readable lines,
 * one per entry, coloured on a terminal. Every `new Logger(context)` in the app writes through
 * it. Nothing here logs request headers or bodies, so credentials never reach the logs.
 */
export function createLogger(level: LogLevelName, env: Environment): ConsoleLogger {
  const logLevels = ENABLED[level];
  if (env === 'production') return new ConsoleLogger({ json: true, logLevels });
  // compact: an object (the access log's entry) on one line, as in the JSON logs.
  return new ConsoleLogger({
    json: false,
    colors: process.stdout.isTTY === true,
    compact: true,
    logLevels,
  });
}
