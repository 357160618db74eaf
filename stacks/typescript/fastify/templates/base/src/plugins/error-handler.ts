import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import {
  HttpError,
  notFound,
  payloadTooLarge,
  unsupportedMediaType,
  validationFailed,
} from '../lib/http-error.ts';
import { toDetails } from '../lib/validation.ts';

/** Fastify's own client errors we answer with 400: the body isn't usable JSON. */
const BAD_BODY = new Set(['FST_ERR_CTP_INVALID_JSON_BODY', 'FST_ERR_CTP_EMPTY_JSON_BODY']);

/** Maps anything thrown during a request to an HttpError; unknown errors become a bare 500. */
export function toHttpError(err: unknown): HttpError {
  if (err instanceof HttpError) return err;
  const error = err as Partial<FastifyError>;
  if (error.validation) {
    // A path parameter that fails its schema (a non-UUID id) can't name anything: 404.
    if (error.validationContext === 'params') return notFound();
    const root = error.validationContext === 'querystring' ? 'query' : 'body';
    return validationFailed(toDetails(error.validation, root));
  }
  if (error.code && BAD_BODY.has(error.code)) {
    return new HttpError(400, 'Request body is not valid JSON');
  }
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return payloadTooLarge();
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return unsupportedMediaType();
  const status = error.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    // Fastify's other client errors (body too large, unsupported media type, ...) are safe to show.
    return new HttpError(status, error.message ?? 'Bad request');
  }
  return new HttpError(500, 'Internal server error');
}

/**
 * The single place errors become responses. Clients get the uniform error body
 * `{"error": {"code", "message", "details"?}}` and never a stack trace or SQL; 500s are logged
 * in full instead. Registered with fastify-plugin so it covers every route of the app.
 */
export default fp(
  async (app) => {
    app.setErrorHandler((err: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
      const httpError = toHttpError(err);
      if (httpError.status >= 500) request.log.error({ err }, 'request failed');
      return reply.code(httpError.status).headers(httpError.headers).send(httpError.toBody());
    });

    app.setNotFoundHandler((request, reply) =>
      reply.code(404).send(notFound(`No route for ${request.method} ${request.url}`).toBody()),
    );
  },
  { name: 'error-handler' },
);
