/**
 * A small TOML emitter for manifests built from data (pyproject.toml). Scalars and arrays of
 * scalars become key/value lines; nested objects become [dotted.tables]. Strings are written as
 * JSON strings, which are valid TOML basic strings.
 */
export type TomlValue = string | number | boolean | TomlValue[] | { [key: string]: TomlValue };

const isTable = (v: TomlValue): v is { [key: string]: TomlValue } => typeof v === 'object' && !Array.isArray(v);
const key = (k: string) => (/^[A-Za-z0-9_-]+$/.test(k) ? k : JSON.stringify(k));

function inline(v: TomlValue): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) {
    if (v.length > 2 || v.some((x) => typeof x === 'string' && x.length > 20)) {
      return `[\n${v.map((x) => `  ${inline(x)},`).join('\n')}\n]`;
    }
    return `[${v.map(inline).join(', ')}]`;
  }
  return `{ ${Object.entries(v)
    .map(([k, x]) => `${key(k)} = ${inline(x)}`)
    .join(', ')} }`;
}

function table(path: string[], value: { [key: string]: TomlValue }, out: string[]): void {
  const scalars = Object.entries(value).filter(([, v]) => !isTable(v));
  const tables = Object.entries(value).filter(([, v]) => isTable(v)) as Array<[string, { [key: string]: TomlValue }]>;
  if (path.length && (scalars.length || tables.length === 0)) {
    if (out.length) out.push('');
    out.push(`[${path.map(key).join('.')}]`);
  }
  for (const [k, v] of scalars) out.push(`${key(k)} = ${inline(v)}`);
  for (const [k, v] of tables) table([...path, k], v, out);
}

export function toToml(value: { [key: string]: TomlValue }): string {
  const out: string[] = [];
  table([], value, out);
  return `${out.join('\n')}\n`;
}
