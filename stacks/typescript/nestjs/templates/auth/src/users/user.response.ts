import { ApiProperty } from '@nestjs/swagger';
import type { Page } from '../common/pagination.ts';
import { ROLES, type Role } from '../db/schema.ts';
import type { User } from './user.ts';

/**
 * A user as the API returns it, described for /openapi.json (responses are plain objects; the
 * class exists for @nestjs/swagger). A password or its hash never leaves the server.
 */
export class UserResponse implements User {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'email' })
  email!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ enum: ROLES })
  role!: Role;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
}

export class UserPageResponse implements Page<User> {
  @ApiProperty({ type: [UserResponse] })
  data!: User[];

  @ApiProperty({ type: 'integer' })
  page!: number;

  @ApiProperty({ type: 'integer' })
  pageSize!: number;

  @ApiProperty({ type: 'integer', description: 'Number of matching items on all pages.' })
  total!: number;
}

/** `{"user": User}`: the body of register, me, and part of login. */
export class UserEnvelope {
  @ApiProperty({ type: UserResponse })
  user!: User;
}
