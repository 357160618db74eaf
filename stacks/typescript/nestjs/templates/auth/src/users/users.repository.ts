import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Kysely, Selectable } from 'kysely';
import { offsetOf, type Page } from '../common/pagination.ts';
import { InjectDatabase } from '../db/database.module.ts';
import type { Database, UsersTable } from '../db/schema.ts';
import { monotonicNow, toDbTimestamp, toIsoString } from '../db/time.ts';
import type { NewUser, User } from './user.ts';

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

/** Every column except the password hash. */
const PUBLIC_COLUMNS = ['id', 'email', 'name', 'role', 'created_at'] as const;

/** Every SQL statement about users lives here. */
@Injectable()
export class UsersRepository {
  constructor(@InjectDatabase() private readonly db: Kysely<Database>) {}

  /** The only query that reads the password hash: for checking credentials. */
  async findByEmailWithPasswordHash(
    email: string,
  ): Promise<{ user: User; passwordHash: string } | undefined> {
    const row = await this.db
      .selectFrom('users')
      .selectAll()
      .where('email', '=', email)
      .executeTakeFirst();
    return row && { user: toUser(row), passwordHash: row.password_hash };
  }

  async findById(id: string): Promise<User | undefined> {
    const row = await this.db
      .selectFrom('users')
      .select(PUBLIC_COLUMNS)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toUser(row);
  }

  async create(input: NewUser): Promise<User> {
    const row: UserRow = {
      id: randomUUID(),
      email: input.email,
      name: input.name,
      password_hash: input.passwordHash,
      role: input.role,
      created_at: toDbTimestamp(monotonicNow()),
    };
    await this.db.insertInto('users').values(row).execute();
    return toUser(row);
  }

  /** Newest first. */
  async list(query: { page: number; pageSize: number }): Promise<Page<User>> {
    const rows = await this.db
      .selectFrom('users')
      .select(PUBLIC_COLUMNS)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(query.pageSize)
      .offset(offsetOf(query))
      .execute();
    const { total } = await this.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number | string | bigint>().as('total'))
      .executeTakeFirstOrThrow();
    return {
      data: rows.map(toUser),
      page: query.page,
      pageSize: query.pageSize,
      total: Number(total),
    };
  }
}
