import { defineConfig } from 'vitest/config';

// Two suites: `unit` runs in any clone (npm test); `shared` reads ../shared (the corpus and the
// real-world CAT files), which only the project's own machines and CI have (npm run test:shared).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: ['test/shared/**'],
          testTimeout: 20000,
        },
      },
      {
        test: {
          name: 'shared',
          include: ['test/shared/**/*.test.ts'],
          testTimeout: 60000,
        },
      },
    ],
  },
});
