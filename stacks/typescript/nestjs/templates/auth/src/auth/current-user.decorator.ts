import { createParamDecorator, type ExecutionContext, UnauthorizedException } from '@nestjs/common';
import type { Request } from 'express';
import type { User } from '../users/user.ts';

/** Who is calling: the user's id and role (all a bearer token carries). */
export type Caller = Pick<User, 'id' | 'role'>;

/** A request that AuthGuard has authenticated. */
export interface AuthenticatedRequest extends Request {
  user?: Caller;
}

/**
 * The signed-in caller, as a handler parameter: `list(@CurrentUser() caller: Caller)`. AuthGuard
 * puts it on the request; a route without a caller (a @Public() one) fails closed with a 401.
 */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const { user } = context.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!user) throw new UnauthorizedException('Authentication required');
  return user;
});
