import { pino } from 'pino';

/**
 * Logs are JSON in production, one object per line, which log collectors parse without
 * configuration. In development (and in tests that turn logging on) pino writes through this
 * transport instead: pino-pretty, one readable line per entry, coloured on a terminal.
 * Undefined means JSON.
 */
export function prettyTransport({ env, logLevel }: { env: string; logLevel: string }) {
  const readable = env !== 'production' && logLevel !== 'silent' && isInstalled('pino-pretty');
  if (!readable) return undefined;
  return {
    target: 'pino-pretty',
    options: { translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname', singleLine: true },
  };
}

/**
 * pino-pretty is a dev dependency, loaded by name in pino's worker thread only when used: a
 * production install (`--omit=dev`) that runs without NODE_ENV=production logs JSON instead
 * of failing to start.
 */
function isInstalled(name: string): boolean {
  try {
    import.meta.resolve(name);
    return true;
  } catch {
    return false;
  }
}

/**
 * Where JSON logs go when there is no transport: stdout through pino's asynchronous destination
 * (pino's docs, "Asynchronous logging"). Lines logged while a write is in flight leave in one
 * write, instead of one blocking write per request line. pino flushes it when the process
 * exits, including on an uncaught exception; only a hard kill (SIGKILL, power loss) can lose
 * the last lines.
 */
export const jsonStdout = () => pino.destination({ dest: 1, sync: false });
