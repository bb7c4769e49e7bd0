import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      // Pure logic and content files: runs before the build.
      { test: { name: 'unit', include: ['src/**/*.test.ts'] } },
      // Checks that need no browser, over the built HTML in dist/: runs after the build.
      { test: { name: 'built', include: ['e2e/built/**/*.test.ts'] } },
    ],
  },
});
