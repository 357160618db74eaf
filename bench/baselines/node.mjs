// Bare baseline for the serving bench: node:http + pg, the three routes the bench loads, on the
// generated app's own schema. No framework, no validation beyond JSON.parse, one process.
// BENCH_CONTRACT=1 (bench:serve --contract) adds only what the API contract asks of every answer
// and every app does: helmet's default headers, an X-Request-Id and one JSON access-log line per
// request (written in batches, as pino's asynchronous destination does), so the gap between the
// two baselines is what the contract costs and the rest of an app's gap is its own.
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const jwt = process.env.BENCH_AUTH === 'jwt';
const secret = process.env.JWT_SECRET ?? '';
const COLUMNS = 'id, title, description, status, due_date, created_at, updated_at';

const b64 = (s) => Buffer.from(s, 'base64url');
function caller(req) {
  const [h, p, sig] = (req.headers.authorization ?? '').replace(/^Bearer /, '').split('.');
  if (!sig) return undefined;
  const want = createHmac('sha256', secret).update(`${h}.${p}`).digest();
  const got = b64(sig);
  if (got.length !== want.length || !timingSafeEqual(got, want)) return undefined;
  const claims = JSON.parse(b64(p).toString());
  return claims.exp > Date.now() / 1000 ? claims.sub : undefined;
}
const task = (r) => ({
  id: r.id,
  title: r.title,
  description: r.description,
  status: r.status,
  dueDate: r.due_date,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});
const CONTRACT = process.env.BENCH_CONTRACT === '1';
const HELMET = {
  'content-security-policy':
    "default-src 'self';base-uri 'self';font-src 'self' https: data:;form-action 'self';frame-ancestors 'self';img-src 'self' data:;object-src 'none';script-src 'self';script-src-attr 'none';style-src 'self' https: 'unsafe-inline'",
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'SAMEORIGIN',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
};
const logLines = [];
const accessLog = (line) => {
  if (logLines.push(JSON.stringify(line)) === 1) setImmediate(() => process.stdout.write(`${logLines.splice(0).join('\n')}\n`));
};
const send = (res, status, body) => {
  if (!CONTRACT) return res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  const id = randomUUID();
  res.writeHead(status, { ...HELMET, 'x-request-id': id, 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
  accessLog({ level: 30, time: Date.now(), reqId: id, method: res.req.method, url: res.req.url, statusCode: status, msg: 'request completed' });
};

createServer(async (req, res) => {
  try {
    if (req.url === '/health') return send(res, 200, { status: 'ok' });
    const owner = jwt ? caller(req) : undefined;
    if (jwt && !owner) return send(res, 401, { error: { code: 'unauthorized', message: 'Sign in' } });
    const [path] = (req.url ?? '').split('?');
    const where = jwt ? 'WHERE owner_id = $1' : '';
    const args = jwt ? [owner] : [];
    if (req.method === 'GET' && path === '/api/v1/tasks') {
      const [rows, count] = await Promise.all([
        pool.query(`SELECT ${COLUMNS} FROM tasks ${where} ORDER BY created_at DESC LIMIT 20`, args),
        pool.query(`SELECT count(*)::int AS n FROM tasks ${where}`, args),
      ]);
      return send(res, 200, { data: rows.rows.map(task), page: 1, pageSize: 20, total: count.rows[0].n });
    }
    if (req.method === 'POST' && path === '/api/v1/tasks') {
      const chunks = [];
      for await (const c of req) chunks.push(c);
      const body = JSON.parse(Buffer.concat(chunks).toString());
      const r = await pool.query(
        `INSERT INTO tasks (id, ${jwt ? 'owner_id, ' : ''}title, description, status, created_at, updated_at)
         VALUES (gen_random_uuid(), ${jwt ? '$4, ' : ''}$1, $2, $3, now(), now()) RETURNING ${COLUMNS}`,
        [body.title, body.description ?? null, body.status ?? 'todo', ...args],
      );
      return send(res, 201, task(r.rows[0]));
    }
    const id = /^\/api\/v1\/tasks\/([0-9a-f-]{36})$/.exec(path)?.[1];
    if (req.method === 'GET' && id) {
      const r = await pool.query(`SELECT ${COLUMNS} FROM tasks WHERE id = $${args.length + 1}${jwt ? ' AND owner_id = $1' : ''}`, [...args, id]);
      return r.rows[0] ? send(res, 200, task(r.rows[0])) : send(res, 404, { error: { code: 'not_found', message: 'No such task' } });
    }
    send(res, 404, { error: { code: 'not_found', message: 'No such route' } });
  } catch {
    send(res, 500, { error: { code: 'internal', message: 'Internal error' } });
  }
}).listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => pool.end().then(() => process.exit(0)));
