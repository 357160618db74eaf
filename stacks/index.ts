/** Every stack the CLI offers. A stack appears here only once CI verifies all of its cells. */
import { django } from './python/django/stack.js';
import { express } from './typescript/express/stack.js';
import { fastify } from './typescript/fastify/stack.js';
import { nestjs } from './typescript/nestjs/stack.js';
import { fastapi } from './python/fastapi/stack.js';
import { flask } from './python/flask/stack.js';
import type { StackDescriptor } from './types.js';

export const STACKS: StackDescriptor[] = [express, fastify, nestjs, fastapi, django, flask];

export function stacksFor(language: string | undefined): StackDescriptor[] {
  return language ? STACKS.filter((s) => s.language === language) : STACKS;
}

export function stackById(id: string): StackDescriptor {
  const stack = STACKS.find((s) => s.id === id);
  if (!stack) throw new Error(`Unknown stack "${id}"`);
  return stack;
}
