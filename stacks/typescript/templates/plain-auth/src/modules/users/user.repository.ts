import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { Database, Role, UsersTable } from '../../db/schema.ts';
import { monotonicNow, toDbTimestamp, toIsoString } from '../../db/time.ts';
import { offsetOf, type Page, type PageQuery } from '../../lib/pagination.ts';
import type { User } from './user.schemas.ts';

type UserRow = Selectable<UsersTable>;

export function toUser(row: Omit<UserRow, 'password_hash'>): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    createdAt: toIsoString(row.created_at),
  };
}

const PUBLIC_COLUMNS = ['id', 'email', 'name', 'role', 'created_at'] as const;

export function userRepository(db: Kysely<Database>) {
  return {
    /** Includes the password hash: for checking credentials only. */
    findByEmail(email: string): Promise<UserRow | undefined> {
      return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
    },

    async findById(id: string): Promise<User | undefined> {
      const row = await db
        .selectFrom('users')
        .select(PUBLIC_COLUMNS)
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toUser(row);
    },

    async create(input: {
      email: string;
      name: string;
      passwordHash: string;
      role: Role;
    }): Promise<User> {
      const row: UserRow = {
        id: randomUUID(),
        email: input.email,
        name: input.name,
        password_hash: input.passwordHash,
        role: input.role,
        created_at: toDbTimestamp(monotonicNow()),
      };
      await db.insertInto('users').values(row).execute();
      return toUser(row);
    },

    /** Newest first. */
    async list(query: PageQuery): Promise<Page<User>> {
      const rows = await db
        .selectFrom('users')
        .select(PUBLIC_COLUMNS)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(query.pageSize)
        .offset(offsetOf(query))
        .execute();
      const { total } = await db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<number | string | bigint>().as('total'))
        .executeTakeFirstOrThrow();
      return {
        data: rows.map(toUser),
        page: query.page,
        pageSize: query.pageSize,
        total: Number(total),
      };
    },
  };
}
