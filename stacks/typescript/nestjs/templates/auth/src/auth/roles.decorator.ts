import { Reflector } from '@nestjs/core';
import type { Role } from '../db/schema.ts';

/** The roles allowed on a controller or route: `@Roles(['admin'])`. Checked by RolesGuard. */
export const Roles = Reflector.createDecorator<Role[]>();
