// ESLint flat config: typed typescript-eslint rules everywhere, React hooks rules in the UI,
// and boundary rules that keep src/engine pure (no UI libraries, no DOM, no wall clock, no ambient randomness).
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Packages the engine must not import; the worker glue alone may import comlink. */
const engineForbiddenPackages = ['react', 'react-dom', 'zustand', '@xterm'];

/** @param {boolean} allowComlink */
function engineImportRule(allowComlink) {
  const packages = allowComlink ? engineForbiddenPackages : [...engineForbiddenPackages, 'comlink'];
  return [
    'error',
    {
      patterns: [
        {
          // Matches the package itself and any subpath, e.g. `zustand/vanilla`, `@xterm/xterm`.
          regex: `^(${packages.map((p) => p.replace('/', '\\/')).join('|')})(\\/|$)`,
          message:
            'src/engine must stay UI-free: no React, zustand, xterm' +
            (allowComlink ? '.' : ' or Comlink (only src/engine/engine.worker.ts may import comlink).'),
        },
        {
          regex: '(^|\\/)ui(\\/|$)',
          message: 'src/engine must not import from src/ui; the UI depends on the engine, never the reverse.',
        },
      ],
    },
  ];
}

export default defineConfig(
  { ignores: ['dist/', 'dist-e2e*/', 'node_modules/', 'test-results/', 'playwright-report/', 'coverage/'] },

  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },

  // Plain JS files (this config) are not in any tsconfig: lint them untyped, as Node modules.
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },

  // The React app.
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    languageOptions: { globals: globals.browser },
  },

  // Node-side code: CLI, benchmarks, e2e specs, config files.
  {
    files: ['src/cli/**/*.ts', 'bench/**/*.ts', 'e2e/**/*.ts', 'scripts/**/*.ts', '*.config.ts'],
    languageOptions: { globals: globals.node },
  },

  // The engine: pure, deterministic TypeScript that runs in a Worker and in Node.
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': engineImportRule(false),
    },
  },
  {
    files: ['src/engine/engine.worker.ts'],
    rules: {
      'no-restricted-imports': engineImportRule(true),
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    ignores: ['src/engine/**/*.test.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'Date', message: 'Use simulated time from the engine clock; wall-clock time breaks determinism.' },
        { name: 'performance', message: 'Use simulated time; wall-clock pacing belongs in the worker wrapper, outside the engine.' },
        { name: 'window', message: 'The engine runs in a Worker and in Node: no DOM.' },
        { name: 'document', message: 'The engine runs in a Worker and in Node: no DOM.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded engine RNG so runs repeat exactly.' },
      ],
    },
  },
);
