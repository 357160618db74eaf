import {
  type CallHandler,
  type ExecutionContext,
  HttpException,
  HttpStatus,
  Injectable,
  type NestInterceptor,
  UnauthorizedException,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { catchError, type Observable, throwError } from 'rxjs';
import { LoginAttemptsService } from './login-attempts.service.ts';

function emailOf(body: unknown): string {
  const email = (body as { email?: unknown } | undefined)?.email;
  return typeof email === 'string' ? email.trim().toLowerCase() : '';
}

/**
 * Slows down password guessing on the login route: after 10 failed logins for one email from
 * one address within a minute, further attempts for that email get 429 with Retry-After until
 * the window passes, even with the right password. Only failures (401) count, and other emails
 * are unaffected.
 *
 * An interceptor rather than @nestjs/throttler: the throttler counts every request before the
 * handler runs, while this needs the outcome, which an interceptor sees around the handler.
 */
@Injectable()
export class LoginRateLimitInterceptor implements NestInterceptor {
  constructor(private readonly attempts: LoginAttemptsService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    const key = `${request.ip ?? ''}|${emailOf(request.body)}`;

    const retryAfter = this.attempts.retryAfterSeconds(key);
    if (retryAfter > 0) {
      http.getResponse<Response>().setHeader('Retry-After', String(retryAfter));
      return throwError(
        () =>
          new HttpException(
            'Too many failed login attempts; try again later',
            HttpStatus.TOO_MANY_REQUESTS,
          ),
      );
    }

    return next.handle().pipe(
      catchError((err: unknown) => {
        if (err instanceof UnauthorizedException) this.attempts.recordFailure(key);
        return throwError(() => err);
      }),
    );
  }
}
