// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'fixtures/**', 'coverage/**', '.bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    // Checks are pure functions of the snapshot: no I/O, no terminal, no sources.
    files: ['src/checks/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*', 'fs', 'fs/*', 'path', 'child_process', 'http', 'https', 'net'], message: 'Checks must not do I/O: read repo.texts instead.' },
          { group: ['**/sources/**', 'octokit', '@octokit/*', 'chalk', '**/cli.js', '**/run.js'], message: 'Checks see only the snapshot, declaration and facts.' },
        ],
      }],
      'no-restricted-globals': ['error', 'process', 'fetch', 'Date'],
    },
  },
  {
    // Reporters only format: no process, no files.
    files: ['src/reporters/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', '**/sources/**', '**/run.js'], message: 'Reporters only format a Report.' }] }],
      'no-restricted-globals': ['error', 'process'],
    },
  },
);
