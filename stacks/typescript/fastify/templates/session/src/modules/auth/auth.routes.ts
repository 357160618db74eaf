import type { CookieSerializeOptions } from '@fastify/cookie';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { BODY_ERRORS, errors } from '../../lib/responses.ts';
import { reading, sessionIdOf, writing } from '../../plugins/authenticate.ts';
import { User, UserEnvelope } from '../users/user.schemas.ts';
import { LoginBody, RegisterBody } from './auth.schemas.ts';
import { authService } from './auth.service.ts';
import { SESSION_COOKIE, SESSION_TTL_MS, sessionStore } from './sessions.ts';

const LoginResponse = Type.Object({ user: User, csrfToken: Type.String() });

/** /api/v1/auth: sign up, log in (sets the session cookie), log out, and "who am I". */
const authRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const auth = authService(app.db, app.config.adminEmail);
  const sessions = sessionStore(app.db, app.config.sessionSecret);

  // HttpOnly: page scripts can't read it. SameSite=Lax: not sent on cross-site POSTs.
  // Secure (HTTPS only) everywhere except local development and tests.
  const cookie: CookieSerializeOptions = {
    httpOnly: true,
    sameSite: 'lax',
    secure: app.config.env === 'production',
    path: '/',
  };

  app.post(
    '/register',
    {
      schema: {
        operationId: 'register',
        body: RegisterBody,
        response: { 201: UserEnvelope, ...errors(...BODY_ERRORS, 409) },
      },
    },
    async (request, reply) => {
      const user = await auth.register(request.body);
      return reply.code(201).send({ user });
    },
  );

  app.post(
    '/login',
    {
      // Before the body is parsed, so every answer to a login (200, 400, 401, 422, 429) has it.
      onRequest: async (_request, reply) => {
        reply.header('cache-control', 'no-store');
      },
      schema: {
        operationId: 'login',
        body: LoginBody,
        response: { 200: LoginResponse, ...errors(...BODY_ERRORS, 401, 429) },
      },
    },
    async (request, reply) => {
      const { email, password } = request.body;
      const user = await auth.login(email, password, request.ip);
      const session = await sessions.create(user.id);
      reply.setCookie(SESSION_COOKIE, session.id, { ...cookie, maxAge: SESSION_TTL_MS / 1000 });
      return { user, csrfToken: session.csrfToken };
    },
  );

  app.post(
    '/logout',
    {
      onRequest: app.authenticate,
      schema: {
        operationId: 'logout',
        security: writing.security,
        response: {
          204: { type: 'null', description: 'Logged out' },
          ...errors(...writing.errors),
        },
      },
    },
    async (request, reply) => {
      const sessionId = sessionIdOf(request);
      if (sessionId) await sessions.destroy(sessionId);
      return reply.clearCookie(SESSION_COOKIE, cookie).code(204).send(null);
    },
  );

  app.get(
    '/me',
    {
      onRequest: app.authenticate,
      schema: {
        operationId: 'getMe',
        security: reading.security,
        response: { 200: UserEnvelope, ...errors(...reading.errors) },
      },
    },
    async (request) => ({ user: request.user }),
  );
};

export default authRoutes;
