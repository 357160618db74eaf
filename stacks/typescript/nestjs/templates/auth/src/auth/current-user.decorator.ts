import { createParamDecorator, type ExecutionContext, UnauthorizedException } from '@nestjs/common';
import type { Request } from 'express';
import type { User } from '../users/user.ts';

/** A request that AuthGuard has authenticated. */
export interface AuthenticatedRequest extends Request {
  user?: User;
}

/**
 * The signed-in user, as a handler parameter: `me(@CurrentUser() user: User)`. AuthGuard puts
 * it on the request; a route without a user (a @Public() one) fails closed with a 401.
 */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const { user } = context.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!user) throw new UnauthorizedException('Authentication required');
  return user;
});
