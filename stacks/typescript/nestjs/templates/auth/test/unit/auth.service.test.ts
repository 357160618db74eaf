import { ConflictException, UnauthorizedException } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AuthService } from '../../src/auth/auth.service.ts';
import { LoginAttemptsService } from '../../src/auth/login-attempts.service.ts';
import { PasswordService } from '../../src/auth/password.service.ts';
import { AppConfig } from '../../src/config/config.ts';
import type { User } from '../../src/users/user.ts';
import { UsersService } from '../../src/users/users.service.ts';

const ADMIN_EMAIL = 'boss@example.com';
const USER: User = {
  id: '6f1c2a8e-58f4-4f0e-9a55-0d4f7c1b2e3a',
  email: 'ada@example.com',
  name: 'Ada',
  role: 'user',
  createdAt: '2026-01-31T09:30:00.000Z',
};

// AuthService alone, with fakes for its collaborators, wired by Nest's testing module.
const users = { findByEmailWithPasswordHash: vi.fn(), create: vi.fn() };
const passwords = { hash: vi.fn(), verify: vi.fn(), verifyAgainstDummy: vi.fn() };
let auth: AuthService;

beforeEach(async () => {
  vi.resetAllMocks();
  passwords.hash.mockResolvedValue('$argon2id$hash');
  const moduleRef = await Test.createTestingModule({
    providers: [
      AuthService,
      { provide: UsersService, useValue: users },
      { provide: PasswordService, useValue: passwords },
      // The limiter has its own integration test against the database.
      { provide: LoginAttemptsService, useValue: {} },
      { provide: AppConfig, useValue: { adminEmail: ADMIN_EMAIL } },
    ],
  }).compile();
  auth = moduleRef.get(AuthService);
});

describe('AuthService.register', () => {
  it('stores the hash, never the password, and makes ADMIN_EMAIL an admin', async () => {
    users.create.mockResolvedValue(USER);
    await auth.register({ email: ADMIN_EMAIL, password: 'long enough', name: 'Boss' });
    expect(users.create).toHaveBeenCalledWith({
      email: ADMIN_EMAIL,
      name: 'Boss',
      passwordHash: '$argon2id$hash',
      role: 'admin',
    });
    await auth.register({ email: 'ada@example.com', password: 'long enough', name: 'Ada' });
    expect(users.create).toHaveBeenLastCalledWith(expect.objectContaining({ role: 'user' }));
  });

  it('answers 409 for a taken email, also when the unique index catches a race', async () => {
    users.findByEmailWithPasswordHash.mockResolvedValueOnce({ user: USER, passwordHash: 'h' });
    const input = { email: USER.email, password: 'long enough', name: 'Ada' };
    await expect(auth.register(input)).rejects.toThrow(ConflictException);
    users.create.mockRejectedValueOnce(Object.assign(new Error('duplicate'), { code: '23505' }));
    await expect(auth.register(input)).rejects.toThrow(ConflictException);
  });
});

describe('AuthService.authenticate', () => {
  it('returns the user for the right password', async () => {
    users.findByEmailWithPasswordHash.mockResolvedValue({ user: USER, passwordHash: 'h' });
    passwords.verify.mockResolvedValue(true);
    await expect(auth.authenticate(USER.email, 'right')).resolves.toEqual(USER);
  });

  it('gives one 401 for a wrong password and an unknown email, doing the same work', async () => {
    users.findByEmailWithPasswordHash.mockResolvedValueOnce({ user: USER, passwordHash: 'h' });
    passwords.verify.mockResolvedValue(false);
    await expect(auth.authenticate(USER.email, 'wrong')).rejects.toThrow(UnauthorizedException);
    users.findByEmailWithPasswordHash.mockResolvedValueOnce(undefined);
    passwords.verifyAgainstDummy.mockResolvedValue(false);
    await expect(auth.authenticate('nobody@example.com', 'x')).rejects.toThrow(
      'Invalid email or password',
    );
    expect(passwords.verifyAgainstDummy).toHaveBeenCalledOnce();
  });
});
