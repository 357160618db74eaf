import { Injectable } from '@nestjs/common';
import type { Page, PageQuery } from '../common/pagination.ts';
import { isUuid } from '../lib/uuid.ts';
import type { NewUser, User } from './user.ts';
import { UsersRepository } from './users.repository.ts';

/** Accounts, for the auth module (sign-up, login, "who is this?") and the admin listing. */
@Injectable()
export class UsersService {
  constructor(private readonly users: UsersRepository) {}

  /** Undefined for an unknown id, and for anything that isn't a UUID (no query then). */
  findById(id: string): Promise<User | undefined> {
    return isUuid(id) ? this.users.findById(id.toLowerCase()) : Promise.resolve(undefined);
  }

  findByEmailWithPasswordHash(email: string) {
    return this.users.findByEmailWithPasswordHash(email);
  }

  create(input: NewUser): Promise<User> {
    return this.users.create(input);
  }

  list(query: PageQuery): Promise<Page<User>> {
    return this.users.list(query);
  }
}
