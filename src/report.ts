/**
 * Where the run's output goes: plain lines (no TTY: CI, scripts, --yes) or clack's frame (the
 * interactive flow, src/prompts.ts). run.ts writes every line through one of these.
 */
import pc from 'picocolors';

export interface TaskResult {
  ok: boolean;
}

export interface Reporter {
  info: (text: string) => void;
  warn: (text: string) => void;
  error: (text: string) => void;
  success: (text: string) => void;
  /** A titled block (the summary, the next steps). */
  note: (text: string, title: string) => void;
  /** The last line. */
  done: (text: string) => void;
  /** A long step (install): a spinner in a terminal, its own output otherwise. */
  task: <T extends TaskResult>(title: string, fn: () => Promise<T>) => Promise<T>;
  /** The long step may print its own output (no spinner in the way). */
  streams: boolean;
}

export function plainReporter(log: (line: string) => void): Reporter {
  const indent = (text: string) => text.split('\n').join('\n  ');
  return {
    info: (text) => log(`${pc.cyan('i')} ${indent(text)}`),
    warn: (text) => log(`${pc.yellow('!')} ${indent(text)}`),
    error: (text) => log(`${pc.red('✖')} ${indent(text)}`),
    success: (text) => log(`${pc.green('✔')} ${indent(text)}`),
    note: (text, title) => log(`${title}:\n${text.split('\n').map((l) => `  ${l}`).join('\n')}`),
    done: (text) => log(text),
    task: (_title, fn) => fn(),
    streams: true,
  };
}
