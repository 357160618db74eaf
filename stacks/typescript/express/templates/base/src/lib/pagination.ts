import { z } from 'zod';

export const MAX_PAGE_SIZE = 100;
/** The largest page the API accepts: the maximum of a 32-bit integer, as the API spec says. */
export const MAX_PAGE = 2_147_483_647;
export const DEFAULT_PAGE_SIZE = 20;

/** A whole number in a query string ("2", not "2.5", "-1" or "two"), within bounds. */
const integerParam = (min: number, max: number, fallback: number) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max))
    .default(fallback);

/** `?page=&pageSize=`, shared by every list endpoint. */
export const pageQuerySchema = z.object({
  page: integerParam(1, MAX_PAGE, 1),
  pageSize: integerParam(1, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE),
});

export type PageQuery = z.infer<typeof pageQuerySchema>;

/** The body of every list response. */
export interface Page<T> {
  data: T[];
  page: number;
  pageSize: number;
  total: number;
}

/** The schema of a Page of `item`s, for /openapi.json. */
export const pageOf = (item: z.ZodType) =>
  z.object({
    data: z.array(item),
    page: z.int(),
    pageSize: z.int(),
    total: z.int(),
  });

export function offsetOf({ page, pageSize }: PageQuery): number {
  return (page - 1) * pageSize;
}
