// @ts-check
import eslint from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

/** Modules that are or may import NestJS, Node or a database driver: never in shared, framework-free code. */
const SERVER_ONLY = [
  '@nestjs/*',
  '@app/runtime',
  '@app/runtime/*',
  '@app/read-store',
  '@app/read-store/*',
  '@app/record-store',
  '@app/record-store/*',
  '@app/blob-store',
  '@app/blob-store/*',
  '@app/transparency-log',
  '@app/transparency-log/*',
];

/**
 * The console bundles only framework-free code: the server's words and answers come from
 * libs/domain, libs/contract and projections/ by alias, never by a relative path out of
 * apps/web/src (checked for its files `depth` folders below it).
 * @param {number} depth
 */
const consoleImports = (depth) => ({
  files: [`apps/web/src/${'*/'.repeat(depth)}*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: ['@app/event-store'],
        patterns: [
          {
            group: [...SERVER_ONLY, '@app/event-store/*'],
            message: 'The console imports framework-free modules only.',
          },
          {
            regex: `^(\\.\\./){${depth + 1},}`,
            message: 'Import shared code by alias (@app/domain, @app/contract, @app/projections).',
          },
        ],
      },
    ],
  },
});

export default tseslint.config(
  {
    ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'data/**', 'demo-data/**', '**/*.js', '**/*.mjs'],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/explicit-module-boundary-types': 'off',
      '@typescript-eslint/no-floating-promises': 'error',
      // Adapters implement an async port over a synchronous driver; an await would add nothing.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Domain code is pure: no framework, no I/O, no wall clock.
    files: ['libs/domain/src/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['@nestjs/*', 'node:*', 'fs', 'better-sqlite3', 'mongodb', '@eventstore/*'] },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Take time from the Clock port.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Take time from the Clock port.',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'Randomness is an input.',
        },
      ],
    },
  },
  {
    // What an auditor runs is framework-free: the api, the cli and the benches share it.
    files: ['libs/audit/src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@nestjs/*', 'nest-commander', '@app/runtime'] }],
    },
  },
  {
    // The api's answers, shared with the web console: types and word lists only, no framework.
    files: ['libs/contract/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['@app/event-store'],
          patterns: [...SERVER_ONLY, 'node:*', 'fs', 'better-sqlite3', 'mongodb', '@eventstore/*'],
        },
      ],
    },
  },
  ...[0, 1, 2, 3, 4].map(consoleImports),
  {
    files: ['**/*.spec.ts', '**/*.e2e-spec.ts', '**/testing/**/*.ts'],
    rules: {
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  prettier,
);
