import { type Static, type TSchema, Type } from 'typebox';

export const MAX_PAGE_SIZE = 100;
/** The largest page the API accepts: the maximum of a 32-bit integer, as the API spec says. */
export const MAX_PAGE = 2_147_483_647;
export const DEFAULT_PAGE_SIZE = 20;

/**
 * A whole number in a query string, within bounds. Query strings are text, and the validator
 * coerces "2" to 2, but its coercion also takes "1e3" and "0x10" for numbers: so the text must
 * first be plain digits (the `string` branch runs before the coercing `integer` one).
 */
const wholeNumber = (minimum: number, maximum: number, fallback: number) =>
  Type.Unsafe<number>({
    allOf: [Type.String({ pattern: '^[0-9]+$' }), Type.Integer({ minimum, maximum })],
    default: fallback,
  });

/** `?page=&pageSize=`, shared by every list endpoint; missing values get their defaults. */
export const PageQuery = Type.Object({
  page: wholeNumber(1, MAX_PAGE, 1),
  pageSize: wholeNumber(1, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE),
});
export type PageQuery = Static<typeof PageQuery>;

/** The body of every list response, for items described by `item`. */
export const PageOf = <T extends TSchema>(item: T) =>
  Type.Object({
    data: Type.Array(item),
    page: Type.Integer(),
    pageSize: Type.Integer(),
    total: Type.Integer(),
  });

export interface Page<T> {
  data: T[];
  page: number;
  pageSize: number;
  total: number;
}

export function offsetOf({ page, pageSize }: PageQuery): number {
  return (page - 1) * pageSize;
}
