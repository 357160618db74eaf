import { type ExecutionContext, ForbiddenException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { describe, expect, it } from 'vitest';
import { Roles } from '../../src/auth/roles.decorator.ts';
import { RolesGuard } from '../../src/auth/roles.guard.ts';
import type { User } from '../../src/users/user.ts';

class AdminOnly {
  @Roles(['admin'])
  handler() {}

  open() {}
}

/** The parts of an ExecutionContext the guard reads. */
function contextFor(method: 'handler' | 'open', user?: Pick<User, 'role'>): ExecutionContext {
  return {
    getHandler: () => AdminOnly.prototype[method],
    getClass: () => AdminOnly,
    switchToHttp: () => ({ getRequest: () => ({ user }) }),
  } as unknown as ExecutionContext;
}

const guard = new RolesGuard(new Reflector());

describe('RolesGuard', () => {
  it('lets anyone through a route without @Roles', () => {
    expect(guard.canActivate(contextFor('open', { role: 'user' }))).toBe(true);
  });

  it('lets an admin through an admin-only route', () => {
    expect(guard.canActivate(contextFor('handler', { role: 'admin' }))).toBe(true);
  });

  it('answers 403 to other users', () => {
    expect(() => guard.canActivate(contextFor('handler', { role: 'user' }))).toThrow(
      ForbiddenException,
    );
    expect(() => guard.canActivate(contextFor('handler'))).toThrow(ForbiddenException);
  });
});
