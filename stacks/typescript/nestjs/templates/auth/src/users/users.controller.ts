import { Controller, Get, Query } from '@nestjs/common';
import { Roles } from '../auth/roles.decorator.ts';
import { type Page, PageQuery } from '../common/pagination.ts';
import type { User } from './user.ts';
import { UsersService } from './users.service.ts';

/** /api/v1/users: the account list, for admins only (401 signed out, 403 for other users). */
@Controller('api/v1/users')
@Roles(['admin'])
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  list(@Query() query: PageQuery): Promise<Page<User>> {
    return this.users.list(query);
  }
}
