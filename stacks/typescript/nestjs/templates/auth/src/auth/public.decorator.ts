import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'isPublic';

/**
 * Every route requires a signed-in user unless it is marked `@Public()` (health checks, the API
 * docs, register and login): the global AuthGuard makes the app secure by default.
 */
export const Public = () => SetMetadata(IS_PUBLIC, true);
