import { type Static, type TSchema, Type } from 'typebox';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/**
 * `?page=&pageSize=`, shared by every list endpoint. Query strings are text: the validator turns
 * "2" into 2 and rejects "2.5", "-1" or "two"; missing values get their defaults.
 */
export const PageQuery = Type.Object({
  page: Type.Integer({ minimum: 1, maximum: 1_000_000_000, default: 1 }),
  pageSize: Type.Integer({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE }),
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
