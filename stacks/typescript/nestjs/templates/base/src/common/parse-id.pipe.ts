import { type ArgumentMetadata, NotFoundException, ParseUUIDPipe } from '@nestjs/common';

/**
 * For `:id` path parameters. Ids are UUIDs, so anything else can't name a row: the answer is
 * 404 (not 400, and never a database error), without a query. Valid ids are lower-cased, the
 * form they are stored in. Used as an instance: `@Param('id', new ParseIdPipe('Task'))`.
 */
export class ParseIdPipe extends ParseUUIDPipe {
  constructor(resource = 'Resource') {
    super({ exceptionFactory: () => new NotFoundException(`${resource} not found`) });
  }

  override async transform(value: string, metadata: ArgumentMetadata): Promise<string> {
    await super.transform(value, metadata); // throws the 404 unless value is a UUID
    return value.toLowerCase();
  }
}
