/** Every stack the CLI offers. A stack appears here only once CI verifies all of its cells. */
import { django } from './django.js';
import { express } from './express.js';
import { fastify } from './fastify.js';
import { nestjs } from './nestjs.js';
import { fastapi } from './fastapi.js';
import { flask } from './flask.js';
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
