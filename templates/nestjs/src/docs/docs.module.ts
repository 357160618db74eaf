import { Module } from '@nestjs/common';
import { DocsController } from './docs.controller.ts';
import { loadOpenApiDocument, OPENAPI_DOCUMENT } from './openapi-document.ts';

@Module({
  controllers: [DocsController],
  providers: [{ provide: OPENAPI_DOCUMENT, useFactory: () => loadOpenApiDocument() }],
})
export class DocsModule {}
