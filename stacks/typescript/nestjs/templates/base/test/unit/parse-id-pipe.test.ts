import { NotFoundException } from '@nestjs/common';
import { describe, expect, it } from 'vitest';
import { ParseIdPipe } from '../../src/common/parse-id.pipe.ts';

const pipe = new ParseIdPipe('Task');
const parse = (value: string) => pipe.transform(value, { type: 'param', data: 'id' });

describe('ParseIdPipe', () => {
  it('passes UUIDs through, lower-cased', async () => {
    const id = '6F1C2A8E-58F4-4F0E-9A55-0D4F7C1B2E3A';
    expect(await parse(id)).toBe(id.toLowerCase());
  });

  it('answers anything else with 404 Task not found, not 400', async () => {
    for (const value of ['not-a-uuid', '12345', "1' OR '1'='1", '']) {
      await expect(parse(value)).rejects.toThrow(NotFoundException);
    }
    await expect(parse('nope')).rejects.toThrow('Task not found');
  });
});
