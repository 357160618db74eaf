// PLACEHOLDER registered by the lead: the nestjs helper owns this file and replaces it.
import type { StackDescriptor } from './types.js';
import { express } from './express.js';

export const nestjs: StackDescriptor = { ...express, id: 'nestjs', label: 'nestjs (in progress)', hint: 'in progress', experimental: true };
