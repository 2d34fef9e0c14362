// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'coverage/**',
      'node_modules/**',
      'src/generated/**',
      'bench/results/**',
      // A separate package with its own tsconfig, type-checked by its build (`npm run build` there).
      'examples/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.mjs', '*.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'import-x/no-cycle': 'error',
      'import-x/no-self-import': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            // Product code never depends on tests or benchmarks.
            { target: './src', from: './test', message: 'src/ must not import test code' },
            { target: './src', from: './bench', message: 'src/ must not import benchmark code' },
            // The gateway only talks to the emulator through its public entry point (src/emulator/index.ts).
            {
              target: './src',
              from: './src/emulator',
              except: ['./index.ts'],
              message: 'import the emulator only through src/emulator/index.ts',
            },
            // The emulator is a stand-alone library: it never reaches into the gateway, only into
            // src/shared, which both sides use.
            {
              target: './src/emulator',
              from: './src',
              except: ['./emulator', './shared'],
              message: 'the emulator must not depend on gateway code',
            },
            // src/shared is imported by both the gateway and the emulator, so it depends on neither.
            {
              target: './src/shared',
              from: './src',
              except: ['./shared'],
              message: 'src/shared must not depend on the gateway or the emulator',
            },
          ],
        },
      ],
    },
  },
  {
    // Files inside the emulator may import each other freely.
    files: ['src/emulator/**/*.ts'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './src/emulator', from: './test' },
            { target: './src/emulator', from: './src', except: ['./emulator', './shared'] },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  { files: ['**/*.mjs', '**/*.js'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { module: 'writable', require: 'readonly' },
    },
  },
  {
    // One door to AWS: only a domain's loaders (reads) and service (writes) send commands, through
    // its Upstream (src/domains/upstream.ts), which applies the error policy. Resolvers and the rest
    // of the gateway never call an AWS client.
    files: ['src/**/*.ts'],
    ignores: [
      'src/emulator/**',
      'src/aws/**',
      'src/domains/upstream.ts',
      'src/domains/*/loaders.ts',
      'src/domains/*/service.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.type='MemberExpression'][callee.property.name='send']",
          message:
            "AWS calls belong in a domain's loaders.ts (reads) or service.ts (writes), through its Upstream",
        },
      ],
    },
  },
  prettier,
);
