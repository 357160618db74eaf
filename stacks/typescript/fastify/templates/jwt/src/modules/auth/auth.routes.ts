import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { User, UserEnvelope } from '../users/user.schemas.ts';
import { LoginBody, RegisterBody } from './auth.schemas.ts';
import { authService } from './auth.service.ts';
import { loginRateLimit } from './login-limiter.ts';
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

  app.post(
    '/register',
    { schema: { body: RegisterBody, response: { 201: UserEnvelope } } },
    async (request, reply) => {
      const user = await auth.register(request.body);
      return reply.code(201).send({ user });
    },
  );

  app.post(
    '/login',
    { schema: { body: LoginBody, response: { 200: LoginResponse } }, ...loginRateLimit() },
    async (request, reply) => {
      const user = await auth.authenticate(request.body.email, request.body.password);
      const accessToken = await reply.jwtSign({ sub: user.id, role: user.role });
      reply.header('cache-control', 'no-store');
      return {
        accessToken,
        tokenType: 'Bearer' as const,
        expiresIn: ACCESS_TOKEN_TTL_SECONDS,
        user,
      };
    },
  );

  app.get(
    '/me',
    { onRequest: app.authenticate, schema: { response: { 200: UserEnvelope } } },
    async (request) => ({ user: request.user }),
  );
};

export default authRoutes;
