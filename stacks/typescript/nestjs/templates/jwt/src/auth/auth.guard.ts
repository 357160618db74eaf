import {
  type CanActivate,
  type ExecutionContext,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Response } from 'express';
import { UsersService } from '../users/users.service.ts';
import { AccessTokenService } from './access-token.service.ts';
import type { AuthenticatedRequest } from './current-user.decorator.ts';
import { IS_PUBLIC } from './public.decorator.ts';

const BEARER = /^Bearer\s+(\S+)$/i;

/**
 * Authentication, for every route not marked @Public(): accepts `Authorization: Bearer <token>`
 * with a valid token for a user who still exists, and puts that user on the request (read it
 * with @CurrentUser()). Everything else is one 401.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokenService,
    private readonly users: UsersService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;

    const http = context.switchToHttp();
    const request = http.getRequest<AuthenticatedRequest>();
    const token = BEARER.exec(request.get('authorization') ?? '')?.[1];
    const userId = token ? await this.tokens.verify(token) : undefined;
    const user = userId ? await this.users.findById(userId) : undefined;
    if (!user) {
      http.getResponse<Response>().setHeader('WWW-Authenticate', 'Bearer');
      throw new UnauthorizedException('Authentication required');
    }
    request.user = user;
    return true;
  }
}
