import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { unauthorized } from '../../lib/http-error.ts';
import { BODY_ERRORS, errors } from '../../lib/responses.ts';
import { reading } from '../../plugins/authenticate.ts';
import { userRepository } from '../users/user.repository.ts';
import { User, UserEnvelope } from '../users/user.schemas.ts';
import { LoginBody, RegisterBody } from './auth.schemas.ts';
import { authService } from './auth.service.ts';
import { ACCESS_TOKEN_TTL_SECONDS } from './tokens.ts';

const LoginResponse = Type.Object({
  accessToken: Type.String(),
  tokenType: Type.Literal('Bearer'),
  expiresIn: Type.Integer(),
  user: User,
});

/** /api/v1/auth: sign up, log in for a bearer token, and "who am I". */
const authRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const auth = authService(app.db, app.config.adminEmail);
  const users = userRepository(app.db);

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
      const accessToken = await reply.jwtSign({ sub: user.id, role: user.role });
      return {
        accessToken,
        tokenType: 'Bearer' as const,
        expiresIn: ACCESS_TOKEN_TTL_SECONDS,
        user,
      };
    },
  );

  // The token carries only the id and role: the account is read here, and is gone -> 401.
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
    async (request, reply) => {
      const user = await users.findById(request.user.id);
      if (!user) {
        reply.header('www-authenticate', 'Bearer');
        throw unauthorized();
      }
      return { user };
    },
  );
};

export default authRoutes;
