import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiSignedIn } from '../auth/api-auth.decorator.ts';
import { Roles } from '../auth/roles.decorator.ts';
import { type Page, PageQuery } from '../common/pagination.ts';
import { ApiErrors } from '../docs/api-errors.ts';
import { UserPageResponse } from './user.response.ts';
import type { User } from './user.ts';
import { UsersService } from './users.service.ts';

/** /api/v1/users: the account list, for admins only (401 signed out, 403 for other users). */
@ApiTags('users')
@Controller('api/v1/users')
@Roles(['admin'])
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ operationId: 'listUsers', summary: 'List users (admins only)' })
  @ApiSignedIn()
  @ApiOkResponse({ type: UserPageResponse })
  @ApiErrors(403, 422)
  list(@Query() query: PageQuery): Promise<Page<User>> {
    return this.users.list(query);
  }
}
