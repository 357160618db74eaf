import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { AuthenticatedRequest } from './current-user.decorator.ts';
import { IS_PUBLIC } from './public.decorator.ts';
import { SessionsService, sessionIdOf, tokensMatch } from './sessions.service.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Authentication by session cookie, for every route not marked @Public(), plus CSRF protection:
 * browsers attach cookies to requests that other sites trigger, so every state-changing request
 * must also echo the CSRF token (header X-CSRF-Token) that only our own client received at
 * login. No valid session: 401; a session but no matching token: 403.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const sessionId = sessionIdOf(request);
    const session = sessionId ? await this.sessions.find(sessionId) : undefined;
    if (!session) throw new UnauthorizedException('Authentication required');
    const csrfToken = request.get('x-csrf-token') ?? '';
    if (!SAFE_METHODS.has(request.method) && !tokensMatch(session.csrfToken, csrfToken)) {
      throw new ForbiddenException('Missing or invalid CSRF token');
    }
    request.user = session.user;
    return true;
  }
}
