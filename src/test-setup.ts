/**
 * Runs before every unit test file (vitest.config.ts, project `unit`). A test
 * that asserts nothing passes whatever the code does, so each test must make
 * at least one assertion: filter cases before `it.each`, never skip inside.
 */
import { beforeEach, expect } from 'vitest';

beforeEach(() => {
  expect.hasAssertions();
});
