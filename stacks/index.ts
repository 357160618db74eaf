/**
 * The registry: every stack the CLI knows, one line each. A stack is offered without
 * --experimental only once CI verifies all of its cells.
 */
import { django } from './python/django/stack.js';
import { express } from './typescript/express/stack.js';
import { fastify } from './typescript/fastify/stack.js';
import { nestjs } from './typescript/nestjs/stack.js';
import { fastapi } from './python/fastapi/stack.js';
import { flask } from './python/flask/stack.js';
import { echo } from './go/echo/stack.js';
import { gin } from './go/gin/stack.js';
import { go } from './go/language.js';
import { java } from './java/language.js';
import { springBoot } from './java/spring-boot/stack.js';
import { python } from './python/language.js';
import { typescript } from './typescript/language.js';
import type { LanguageFacts, StackDescriptor } from './types.js';

/** Every language with a stack, in the order the prompt offers them. */
export const LANGUAGES: LanguageFacts[] = [typescript, python, go, java];

export function languageById(id: string): LanguageFacts {
  const language = LANGUAGES.find((l) => l.id === id);
  if (!language) throw new Error(`Unknown language "${id}"`);
  return language;
}

export const STACKS: StackDescriptor[] = [express, fastify, nestjs, fastapi, django, flask, gin, echo, springBoot];

export function stacksFor(language: string | undefined): StackDescriptor[] {
  return language ? STACKS.filter((s) => s.language === language) : STACKS;
}

export function stackById(id: string): StackDescriptor {
  const stack = STACKS.find((s) => s.id === id);
  if (!stack) throw new Error(`Unknown stack "${id}"`);
  return stack;
}
