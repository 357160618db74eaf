/**
 * The serving bench's load: a fixed number of keep-alive connections for a fixed time, each
 * sending the mix 80 % list / 15 % create / 5 % read-one, one request at a time. Loopback only;
 * it stops by itself. Latencies are per request, from write to last byte.
 */
import { Agent, request } from 'node:http';

export interface LoadResult {
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p99: number;
  seconds: number;
  /** Every request's latency in ms, sorted (for combining turns). */
  latencies: number[];
}

export interface LoadTarget {
  port: number;
  headers: Record<string, string>;
  /** A task the caller owns, for the read-one requests. */
  taskId: string;
}

export function send(
  port: number,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: unknown,
  agent?: Agent,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        agent,
        headers: { ...headers, ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

export async function load(target: LoadTarget, seconds: number, connections: number): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  let errors = 0;
  let n = 0;
  const end = performance.now() + seconds * 1000;
  const worker = async () => {
    while (performance.now() < end) {
      const pick = n++ % 20; // a fixed interleaving: 16 lists, 3 creates, 1 read per 20
      const t0 = performance.now();
      try {
        const r =
          pick < 16
            ? await send(target.port, 'GET', '/api/v1/tasks?page=1&pageSize=20', target.headers, undefined, agent)
            : pick < 19
              ? await send(target.port, 'POST', '/api/v1/tasks', target.headers, { title: `Load ${n}`, description: 'Bench' }, agent)
              : await send(target.port, 'GET', `/api/v1/tasks/${target.taskId}`, target.headers, undefined, agent);
        if (r.status >= 400) errors++;
      } catch {
        errors++;
      }
      latencies.push(performance.now() - t0);
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: connections }, worker));
  const elapsed = (performance.now() - t0) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return summary(latencies, errors, elapsed);
}

function summary(latencies: number[], errors: number, seconds: number): LoadResult {
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { requests: latencies.length, errors, rps: latencies.length / seconds, p50: at(0.5), p99: at(0.99), seconds, latencies };
}

/** Several turns of the same target as one result: all requests over all the time. */
export function combine(turns: LoadResult[]): LoadResult {
  const latencies = turns.flatMap((t) => t.latencies).sort((a, b) => a - b);
  return summary(
    latencies,
    turns.reduce((n, t) => n + t.errors, 0),
    turns.reduce((n, t) => n + t.seconds, 0),
  );
}
