/**
 * A small HTTP client for the conformance suite: one `api()` call that sends JSON, carries
 * the caller's credentials (bearer token, or cookie jar plus X-CSRF-Token in session mode) and
 * returns status, headers, text and parsed JSON. Plus helpers that make unique users and tasks,
 * so re-runs against the same database never collide.
 */
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import { ADMIN_EMAIL, ADMIN_PASSWORD, AUTH, BASE_URL, REQUEST_TIMEOUT_MS } from './env.js';
import { describeResponse, expectJson, expectStatus, expectTask, expectUser, type TaskJson, type UserJson } from './shapes.js';

export interface ApiResponse {
  method: string;
  path: string;
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body when the response says it is JSON and parses, else undefined. */
  body: unknown;
  /** Path and query of the URL that answered, after followed redirects (fetch only). */
  finalPath?: string;
}

/** Cookies as a browser would keep them for one origin (names and values only). */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  store(headers: Headers): void {
    for (const line of headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      if (eq <= 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attributes.some((attribute) => {
        const [key = '', val = ''] = attribute.split('=').map((part) => part.trim());
        if (key.toLowerCase() === 'max-age') return Number(val) <= 0;
        if (key.toLowerCase() === 'expires') return Date.parse(val) <= Date.now();
        return false;
      });
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  /** The Cookie request header, or undefined when the jar is empty. */
  header(): string | undefined {
    if (this.cookies.size === 0) return undefined;
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  names(): string[] {
    return [...this.cookies.keys()];
  }
}

export interface Credentials {
  email: string;
  password: string;
  name: string;
}

/** Who makes a request: nobody (auth=none, or tests of missing credentials), a token, or a session. */
export type Actor =
  | { kind: 'anonymous' }
  | { kind: 'jwt'; token: string; user: UserJson; credentials: Credentials }
  | { kind: 'session'; jar: CookieJar; csrfToken: string; user: UserJson; credentials: Credentials };

export const ANONYMOUS: Actor = { kind: 'anonymous' };

export interface RequestOptions {
  method?: string;
  /** Serialised as the JSON body. */
  json?: unknown;
  /** Sent as-is with Content-Type: application/json (for malformed JSON). */
  rawBody?: string;
  /** Extra headers, lower-case names; they win over the ones the actor adds. */
  headers?: Record<string, string>;
  as?: Actor;
  /** Session mode: undefined sends the actor's CSRF token on unsafe methods, null sends none. */
  csrf?: string | null;
  /** A jar to send and store cookies with when there is no session actor (login). */
  jar?: CookieJar;
  redirect?: 'manual' | 'follow';
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every 5xx answer the suite has seen since the last `takeServerErrors()`: the contract says
 * no client request ever causes one, so setup.ts fails the test that provoked it, whatever the
 * test itself asserted.
 */
const serverErrors: string[] = [];

function noteStatus(res: ApiResponse): void {
  if (res.status >= 500) serverErrors.push(`${res.method} ${res.path} -> ${res.status} ${res.text.slice(0, 300)}`);
}

export function takeServerErrors(): string[] {
  return serverErrors.splice(0);
}

export async function api(path: string, options: RequestOptions = {}): Promise<ApiResponse> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  let body: string | undefined;
  if (options.rawBody !== undefined) body = options.rawBody;
  else if (options.json !== undefined) body = JSON.stringify(options.json);
  if (body !== undefined) headers['content-type'] = 'application/json';

  const actor = options.as ?? ANONYMOUS;
  const jar = actor.kind === 'session' ? actor.jar : options.jar;
  if (actor.kind === 'jwt') headers.authorization = `Bearer ${actor.token}`;
  const cookie = jar?.header();
  if (cookie) headers.cookie = cookie;
  if (actor.kind === 'session' && !SAFE_METHODS.has(method)) {
    const csrf = options.csrf === undefined ? actor.csrfToken : options.csrf;
    if (csrf !== null) headers['x-csrf-token'] = csrf;
  }
  Object.assign(headers, options.headers);

  let res: Response;
  try {
    res = await fetch(`${BASE_URL}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body }),
      redirect: options.redirect ?? 'manual',
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch (cause) {
    throw new Error(`${method} ${BASE_URL}${path} failed: is the app running?`, { cause });
  }
  jar?.store(res.headers);
  const text = await res.text();
  let parsed: unknown;
  if (text !== '' && /json/i.test(res.headers.get('content-type') ?? '')) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
  }
  const answered = res.url ? new URL(res.url) : undefined;
  const finalPath = answered ? `${answered.pathname}${answered.search}` : path;
  const result = { method, path, status: res.status, headers: res.headers, text, body: parsed, finalPath };
  noteStatus(result);
  return result;
}

function parseJsonBody(text: string, contentType: string): unknown {
  if (text === '' || !/json/i.test(contentType)) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export interface RawRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  /** Written in chunks of 64 KiB; with `transfer-encoding: chunked` each is framed as a chunk. */
  body: Buffer;
}

/** Parses an HTTP/1.1 response read to the end of the connection (Content-Length or chunked). */
function parseRawResponse(request: RawRequest, raw: Buffer): ApiResponse | undefined {
  const split = raw.indexOf('\r\n\r\n');
  if (split < 0) return undefined;
  const [statusLine = '', ...lines] = raw.subarray(0, split).toString('latin1').split('\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1]);
  if (!status) return undefined;
  const headers = new Headers();
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  let body = raw.subarray(split + 4);
  if (/chunked/i.test(headers.get('transfer-encoding') ?? '')) {
    const parts: Buffer[] = [];
    let complete = false;
    for (let at = 0; at < body.length && !complete; ) {
      const eol = body.indexOf('\r\n', at);
      if (eol < 0) break;
      const size = Number.parseInt(body.subarray(at, eol).toString('latin1'), 16);
      complete = size === 0;
      parts.push(body.subarray(eol + 2, eol + 2 + size));
      at = eol + 2 + size + 2;
    }
    if (!complete) return undefined;
    body = Buffer.concat(parts);
  } else if (headers.has('content-length')) {
    const length = Number(headers.get('content-length'));
    if (body.length < length) return undefined;
    body = body.subarray(0, length);
  }
  const text = body.toString('utf8');
  const { method, path } = request;
  return { method, path, status, headers, text, body: parseJsonBody(text, headers.get('content-type') ?? '') };
}

/**
 * One request over a plain TCP socket, for bodies fetch() cannot send the way an attacker
 * would (a large body the server may refuse before reading it, chunked without a length). The
 * response is read while the body is still being written, so a server that answers early and
 * closes the connection (as it should for a body over its limit) is seen answering; a reset
 * while writing is ignored. It fails when no complete response arrives within
 * REQUEST_TIMEOUT_MS (the app hangs) or the connection ends without one.
 */
export function rawRequest(request: RawRequest): Promise<ApiResponse> {
  const url = new URL(`${BASE_URL}${request.path}`);
  const chunked = /chunked/i.test(request.headers['transfer-encoding'] ?? '');
  const head = [
    `${request.method} ${url.pathname}${url.search} HTTP/1.1`,
    `host: ${url.host}`,
    'accept: application/json',
    'connection: close',
    ...Object.entries(request.headers).map(([name, value]) => `${name}: ${value}`),
    '',
    '',
  ].join('\r\n');
  return new Promise((resolve, reject) => {
    const received: Buffer[] = [];
    let settled = false;
    const socket = net.connect({ host: url.hostname, port: Number(url.port || 80) });
    const finish = (error?: Error): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      const result = parseRawResponse(request, Buffer.concat(received));
      if (result) {
        noteStatus(result);
        resolve(result);
      } else {
        const why = error ? error.message : 'the connection closed without a complete response';
        reject(new Error(`${request.method} ${request.path}: ${why}`));
      }
    };
    const timer = setTimeout(() => finish(new Error(`no complete response within ${REQUEST_TIMEOUT_MS} ms (the app hangs)`)), REQUEST_TIMEOUT_MS);
    socket.on('data', (chunk: Buffer) => {
      received.push(chunk);
      // A complete response is enough: the server may keep the socket open to drain the body.
      if (parseRawResponse(request, Buffer.concat(received))) finish();
    });
    socket.on('end', () => finish());
    socket.on('close', () => finish());
    // EPIPE / ECONNRESET while writing: the server refused the rest of the body. Keep reading.
    socket.on('error', () => undefined);
    socket.on('connect', async () => {
      const write = (data: Buffer | string) =>
        new Promise<void>((done) => {
          if (settled || socket.destroyed) done();
          else if (socket.write(data)) done();
          else socket.once('drain', done).once('close', done);
        });
      // Pauses give an early answer time to arrive: once the server has answered and closed,
      // a further write fails (EPIPE) and the socket is torn down before reading the answer.
      await write(head);
      await sleep(100);
      for (let offset = 0; offset < request.body.length; offset += 65_536) {
        if (settled || socket.destroyed) return;
        const piece = request.body.subarray(offset, offset + 65_536);
        await write(chunked ? Buffer.concat([Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from('\r\n')]) : piece);
        await sleep(5);
      }
      if (chunked) await write('0\r\n\r\n');
    });
  });
}

/** A lower-case alphanumeric token unique to this call (time + randomness). */
export function uniqueId(): string {
  return `${Date.now().toString(36)}${randomBytes(4).toString('hex')}`;
}

export function uniqueEmail(tag: string): string {
  return `cf-${tag}-${uniqueId()}@example.com`;
}

export function newCredentials(tag: string): Credentials {
  return { email: uniqueEmail(tag), password: `pw-${uniqueId()}`, name: `Conformance ${tag}` };
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function register(credentials: Credentials): Promise<ApiResponse> {
  return api('/api/v1/auth/register', { method: 'POST', json: credentials });
}

/** POST /login; in session mode the jar keeps the cookie it sets. */
export function login(email: string, password: string, jar?: CookieJar): Promise<ApiResponse> {
  return api('/api/v1/auth/login', {
    method: 'POST',
    json: { email, password },
    ...(jar ? { jar } : {}),
  });
}

/** Logs in (expecting 200) and returns the actor for later requests. */
export async function loginAs(credentials: Credentials): Promise<Actor> {
  const jar = new CookieJar();
  const res = await login(credentials.email, credentials.password, jar);
  return actorFromLogin(res, jar, credentials);
}

function actorFromLogin(res: ApiResponse, jar: CookieJar, credentials: Credentials): Actor {
  const body = expectJson(res, 200);
  const user = expectUser(body.user);
  if (AUTH === 'jwt') {
    if (typeof body.accessToken !== 'string') throw new Error(`login gave no accessToken: ${describeResponse(res)}`);
    return { kind: 'jwt', token: body.accessToken, user, credentials };
  }
  if (typeof body.csrfToken !== 'string') throw new Error(`login gave no csrfToken: ${describeResponse(res)}`);
  if (jar.names().length === 0) throw new Error(`login set no cookie: ${describeResponse(res)}`);
  return { kind: 'session', jar, csrfToken: body.csrfToken, user, credentials };
}

/** A fresh registered and logged-in user; in auth=none, the anonymous caller. */
export async function newActor(tag: string): Promise<Actor> {
  if (AUTH === 'none') return ANONYMOUS;
  const credentials = newCredentials(tag);
  const res = await register(credentials);
  expectStatus(res, 201);
  return loginAs(credentials);
}

let adminActor: Promise<Actor> | undefined;

/**
 * The ADMIN_EMAIL account: registered with ADMIN_PASSWORD on the first run against a database,
 * logged into on later runs (register answers 409 then).
 */
export function getAdmin(): Promise<Actor> {
  adminActor ??= (async () => {
    const credentials: Credentials = { email: ADMIN_EMAIL, password: ADMIN_PASSWORD, name: 'Conformance Admin' };
    const res = await register(credentials);
    if (res.status !== 201 && res.status !== 409) {
      throw new Error(`registering ADMIN_EMAIL failed: ${describeResponse(res)}`);
    }
    const jar = new CookieJar();
    const loggedIn = await login(ADMIN_EMAIL, ADMIN_PASSWORD, jar);
    if (loggedIn.status === 401) {
      throw new Error(
        `ADMIN_EMAIL ${ADMIN_EMAIL} is already registered with a password other than the suite's ` +
          `"${ADMIN_PASSWORD}"; use a fresh database or another ADMIN_EMAIL`,
      );
    }
    return actorFromLogin(loggedIn, jar, credentials);
  })();
  return adminActor;
}

/** The user an actor is logged in as (undefined for anonymous). */
export function userOf(actor: Actor): UserJson | undefined {
  return actor.kind === 'anonymous' ? undefined : actor.user;
}

/** POST /api/v1/tasks expecting 201; returns the task. */
export async function createTask(actor: Actor, json: Record<string, unknown>): Promise<TaskJson> {
  const res = await api('/api/v1/tasks', { method: 'POST', json, as: actor });
  const body = expectJson(res, 201);
  return expectTask(body);
}

/** Query string from parameters, each value percent-encoded (so `%`, `_`, `+` stay literal). */
export function query(params: Record<string, string | number>): string {
  const parts = Object.entries(params).map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}
