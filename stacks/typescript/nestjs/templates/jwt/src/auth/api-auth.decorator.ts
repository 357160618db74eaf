import { applyDecorators } from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';
import { ApiErrors } from '../docs/api-errors.ts';

/** The security scheme routes behind AuthGuard name in /openapi.json (src/docs/openapi.ts). */
export const BEARER_AUTH = 'bearerAuth';

/**
 * Documents a route behind the global AuthGuard: the bearer token it needs and the 401 without
 * one. A bearer token is no CSRF risk, so reads and writes are documented alike.
 */
export const ApiSignedIn = () => applyDecorators(ApiBearerAuth(BEARER_AUTH), ApiErrors(401));
export const ApiSignedInWrite = ApiSignedIn;
