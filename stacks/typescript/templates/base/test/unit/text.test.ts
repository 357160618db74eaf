import { describe, expect, it } from 'vitest';
import { isStorableText } from '../../src/lib/text.ts';

describe('isStorableText', () => {
  it('accepts ordinary text, including characters outside the BMP (surrogate pairs)', () => {
    for (const text of [
      '',
      'Write tests',
      'Ünïcödé',
      '日本語',
      'emoji \u{1F600}',
      'tab\tnewline\n',
    ]) {
      expect(isStorableText(text), JSON.stringify(text)).toBe(true);
    }
  });

  it('refuses U+0000 and unpaired surrogates anywhere in the string', () => {
    for (const text of [
      '\u0000',
      'a\u0000b',
      'a\ud800b',
      'a\udc00b',
      'end\ud83d',
      '\ude00\ud83d',
    ]) {
      expect(isStorableText(text), JSON.stringify(text)).toBe(false);
    }
  });
});
