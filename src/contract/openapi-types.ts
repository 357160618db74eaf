/** Types shared by the OpenAPI builder files (openapi*.ts). */
export type AuthMode = 'jwt' | 'session' | 'none';

/** A JSON value as it appears in the OpenAPI document. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
