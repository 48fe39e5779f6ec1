import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(new URL('./services/api/package.json', import.meta.url));

export default defineConfig({
  resolve: {
    // graphql ships CommonJS and ESM builds; Node loads the CommonJS one for yoga, so our own
    // code must get that same instance or `instanceof GraphQLError` fails and errors are masked.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'projections/src/**/*.test.ts',
      'services/*/src/**/*.test.ts',
      'test/**/*.test.ts',
    ],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
