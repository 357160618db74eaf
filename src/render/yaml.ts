/**
 * A small YAML emitter for the manifests we build from data (compose.yaml). Block style,
 * two-space indent; strings are plain when unambiguous, JSON-quoted otherwise (valid YAML).
 */
export type YamlValue = string | number | boolean | null | YamlValue[] | { [key: string]: YamlValue };

const PLAIN = /^[A-Za-z0-9_/.@$-][A-Za-z0-9_/.@${}:+=-]*$/;
const AMBIGUOUS = /^(true|false|yes|no|on|off|null|~|y|n|[-+]?(\d[\d_]*(\.\d*)?|\.\d+)([eE][-+]?\d+)?|0x[0-9a-f]+|0o[0-7]+)$/i;

function scalar(value: string | number | boolean | null): string {
  if (value === null) return 'null';
  if (typeof value !== 'string') return String(value);
  // ':' is only safe in a plain scalar when not followed by a space; keep it simple and quote.
  if (PLAIN.test(value) && !AMBIGUOUS.test(value) && !value.includes(': ') && !value.includes(':')) return value;
  return JSON.stringify(value);
}

function isScalar(v: YamlValue): v is string | number | boolean | null {
  return v === null || typeof v !== 'object';
}

function key(k: string): string {
  return PLAIN.test(k) && !AMBIGUOUS.test(k) && !k.includes(':') ? k : JSON.stringify(k);
}

function emit(value: YamlValue, indent: string): string[] {
  if (isScalar(value)) return [indent + scalar(value)];
  if (Array.isArray(value)) {
    if (value.length === 0) return [`${indent}[]`];
    return value.flatMap((item) => {
      if (isScalar(item)) return [`${indent}- ${scalar(item)}`];
      const [first, ...rest] = emit(item, `${indent}  `);
      return [`${indent}- ${first!.slice(indent.length + 2)}`, ...rest];
    });
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return [`${indent}{}`];
  return entries.flatMap(([k, v]) => {
    if (isScalar(v)) return [`${indent}${key(k)}: ${scalar(v)}`];
    if ((Array.isArray(v) && v.length === 0) || (!Array.isArray(v) && Object.keys(v).length === 0)) {
      return [`${indent}${key(k)}: ${Array.isArray(v) ? '[]' : '{}'}`];
    }
    return [`${indent}${key(k)}:`, ...emit(v, `${indent}  `)];
  });
}

export function toYaml(value: YamlValue): string {
  return `${emit(value, '').join('\n')}\n`;
}
