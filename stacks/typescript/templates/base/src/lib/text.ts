/**
 * Text that no database stores reliably, so every text field refuses it with a 422:
 * - U+0000 (NUL): PostgreSQL rejects it outright, and C-based code may cut the string at it;
 * - an unpaired UTF-16 surrogate (a code unit in D800-DFFF without its partner): not Unicode
 *   text at all. JSON.parse accepts `"\ud800"`, so it has to be checked after parsing; drivers
 *   would otherwise store U+FFFD or fail.
 */
export const UNSTORABLE_TEXT_MESSAGE = 'must not contain U+0000 or unpaired surrogates';

export function isStorableText(value: string): boolean {
  return value.isWellFormed() && !value.includes('\u0000');
}
