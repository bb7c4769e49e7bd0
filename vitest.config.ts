import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      // Pure logic, content files and the islands' scripts: runs before the build. Every test
      // must assert something (src/test-setup.ts).
      { test: { name: 'unit', include: ['src/**/*.test.ts'], setupFiles: ['src/test-setup.ts'] } },
      // Checks that need no browser, over the built HTML in dist/: runs after the build.
      { test: { name: 'built', include: ['e2e/built/**/*.test.ts'] } },
    ],
  },
});
