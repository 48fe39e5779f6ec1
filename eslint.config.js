import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The layers, bottom to top: each folder names the workspace packages it may import, so an
 * import that runs the wrong way (the CLI reaching into the API, the domain into a store)
 * fails lint rather than waiting for a reviewer. Tests and bench sit outside the layers.
 */
const layers = {
  'packages/domain': [],
  'packages/event-store': [],
  'packages/command-handler': ['domain', 'event-store'],
  projections: ['domain', 'event-store'],
  'packages/projection-runner': ['domain', 'event-store', 'projections'],
  'packages/composition': ['event-store'],
  'packages/seed': ['command-handler', 'domain', 'event-store'],
  'services/api': [
    'command-handler',
    'composition',
    'domain',
    'event-store',
    'projection-runner',
    'projections',
    'schema',
    'seed',
  ],
  'services/cli': ['composition', 'event-store', 'projection-runner', 'projections', 'seed'],
  'services/web': [],
};
const packages = [...new Set(Object.keys(layers).map((folder) => folder.split('/').pop()))];
const layerRules = Object.entries(layers).map(([folder, allowed]) => ({
  files: [`${folder}/src/**/*.{ts,tsx}`],
  ignores: ['**/*.test.ts', '**/*.test.tsx'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: packages
          .filter((name) => !allowed.includes(name) && `${folder}`.split('/').pop() !== name)
          .map((name) => ({
            group: [`@tracker/${name}`, `@tracker/${name}/*`],
            message: `${folder} sits below or beside ${name} in the layers (eslint.config.js): move the shared code down instead.`,
          })),
      },
    ],
  },
}));

/**
 * Fixtures and test helpers live in each package's testing/ folder, outside src/, for tests
 * only: no source under a src/ folder may import one (so neither the production bundle nor
 * the typecheck of the sources leans on test data). Its own rule name, so it adds to the
 * layers' no-restricted-imports above rather than replacing it for the same files.
 */
const testingRules = {
  files: ['**/src/**/*.{ts,tsx}'],
  ignores: ['**/*.test.ts', '**/*.test.tsx'],
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['**/testing', '**/testing/**'],
            message: 'testing/ folders hold fixtures for tests only: import them from *.test.ts.',
          },
        ],
      },
    ],
  },
};

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      'data/**',
      'services/api/src/generated/**',
      'services/web/src/gql/**',
      '**/dist/**',
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  ...layerRules,
  testingRules,
);
