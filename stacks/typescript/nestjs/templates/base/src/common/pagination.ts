import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { ToInteger } from './validators.ts';

export const MAX_PAGE_SIZE = 100;
/** The largest page the API accepts: the maximum of a 32-bit integer, as the API spec says. */
export const MAX_PAGE = 2_147_483_647;
export const DEFAULT_PAGE_SIZE = 20;

/**
 * `?page=&pageSize=`, shared by every list endpoint; other list queries extend it. Query values
 * arrive as strings: @ToInteger() converts whole numbers first, then the checks run from the
 * property up (is it an integer? in range?).
 */
export class PageQuery {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_PAGE, default: 1 })
  @ToInteger()
  @Max(MAX_PAGE, { message: `must be at most ${MAX_PAGE}` })
  @Min(1, { message: 'must be 1 or more' })
  @IsInt({ message: 'must be a whole number' })
  page = 1;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: MAX_PAGE_SIZE,
    default: DEFAULT_PAGE_SIZE,
  })
  @ToInteger()
  @Max(MAX_PAGE_SIZE, { message: `must be between 1 and ${MAX_PAGE_SIZE}` })
  @Min(1, { message: `must be between 1 and ${MAX_PAGE_SIZE}` })
  @IsInt({ message: 'must be a whole number' })
  pageSize = DEFAULT_PAGE_SIZE;
}

/** The body of every list response. */
export interface Page<T> {
  data: T[];
  page: number;
  pageSize: number;
  total: number;
}

export function offsetOf({ page, pageSize }: { page: number; pageSize: number }): number {
  return (page - 1) * pageSize;
}
