import type { Migration } from 'kysely/migration';
import * as initial from './0001_initial.ts';

/**
 * Every migration, by name. They run in name order, each once; add new files at the end and
 * never edit one that has already run anywhere.
 */
export const migrations: Record<string, Migration> = {
  '0001_initial': initial,
};
