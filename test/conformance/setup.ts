/**
 * Runs in every test file: after each test, any 5xx the app gave during it fails that test.
 * The contract's "Hostile input" section says no client request ever causes a 5xx, and a test
 * that only checks `status !== 201` (or allows 400 or 422) must not let a 500 slip by.
 */
import { afterEach, expect } from 'vitest';
import { takeServerErrors } from './client.js';

afterEach(() => {
  const errors = takeServerErrors();
  expect(errors, 'no client request ever causes a 5xx').toEqual([]);
});
