import {
  type CanActivate,
  type ExecutionContext,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Response } from 'express';
import { AccessTokenService } from './access-token.service.ts';
import type { AuthenticatedRequest } from './current-user.decorator.ts';
import { IS_PUBLIC } from './public.decorator.ts';

const BEARER = /^Bearer\s+(\S+)$/i;

/**
 * Authentication, for every route not marked @Public(): accepts `Authorization: Bearer <token>`
 * with a valid token and puts what it says (the user's id and role) on the request (read it
 * with @CurrentUser()). Everything else is one 401. No database lookup per request: the
 * signature proves who issued the claims, and tokens live one hour. The routes that need the
 * account itself read it (GET /auth/me, 401 once it is gone), and a task for an account
 * deleted since is refused with 401 by the foreign key (TasksService.create).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokenService,
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
    const caller = token ? await this.tokens.verify(token) : undefined;
    if (!caller) {
      http.getResponse<Response>().setHeader('WWW-Authenticate', 'Bearer');
      throw new UnauthorizedException('Authentication required');
    }
    request.user = caller;
    return true;
  }
}
