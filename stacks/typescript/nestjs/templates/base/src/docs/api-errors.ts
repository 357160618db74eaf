import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiResponse } from '@nestjs/swagger';
import { codeForStatus, ERROR_CODES } from '../common/errors.ts';

class ErrorDetailDoc {
  @ApiProperty()
  field!: string;

  @ApiProperty()
  message!: string;
}

class ErrorInfoDoc {
  @ApiProperty({ enum: ERROR_CODES })
  code!: string;

  @ApiProperty()
  message!: string;

  @ApiPropertyOptional({
    type: [ErrorDetailDoc],
    description: 'Only for validation_failed: one entry per bad field.',
  })
  details?: ErrorDetailDoc[];
}

/** The one error body every failure has (ApiExceptionFilter writes it), for /openapi.json. */
export class ErrorResponse {
  @ApiProperty({ type: ErrorInfoDoc })
  error!: ErrorInfoDoc;
}

/**
 * Documents the error statuses a route (or every route of a controller) can answer with, each
 * with the error body. Every route can fail with 500, so it is always included.
 */
export const ApiErrors = (...statuses: number[]) =>
  applyDecorators(
    ...[...statuses, 500].map((status) =>
      ApiResponse({ status, description: `Error (${codeForStatus(status)})`, type: ErrorResponse }),
    ),
  );

/** What every JSON body can fail with: unreadable JSON, too large, not JSON, invalid. */
export const BODY_ERRORS = [400, 413, 415, 422] as const;
