import { describe, expect, it, vi } from 'vitest';
import { createLogger } from '../../src/logger.ts';

/** What one entry written through the app's logger looks like on stdout. */
function logLine(env: 'development' | 'production'): string {
  const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  try {
    createLogger('info', env).log('Listening on port 3000', 'Bootstrap');
    return write.mock.calls.map(([chunk]) => String(chunk)).join('');
  } finally {
    write.mockRestore();
  }
}

describe('logs', () => {
  it('are one JSON object per line in production', () => {
    const output = logLine('production');
    expect(output.trimEnd().split('\n')).toHaveLength(1);
    expect(JSON.parse(output)).toMatchObject({
      level: 'log',
      context: 'Bootstrap',
      message: 'Listening on port 3000',
    });
  });

  it('are readable lines in development', () => {
    const output = logLine('development');
    expect(() => JSON.parse(output)).toThrow();
    expect(output).toMatch(/^\[Nest\] \d+ .* LOG \[Bootstrap\] Listening on port 3000\n$/);
  });
});
