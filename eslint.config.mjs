import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'apps/web/dist', '.data', 'coverage', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      eqeqeq: ['error', 'always'],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-extraneous-class': 'off',
    },
  },
  {
    // Workflow code is replayed: nothing here may touch I/O, the clock or randomness outside Temporal's APIs.
    files: ['workflows/**/*.ts'],
    ignores: ['workflows/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(node:)?(fs|path|os|http|https|net|child_process|crypto|timers)(/.*)?$',
              message: 'Workflows are deterministic: no Node built-ins.',
            },
            {
              regex: '^(typeorm|pg|nodemailer|@nestjs/.*|@temporalio/(client|worker|activity|testing))$',
              message: 'Workflows do no I/O; call an activity.',
            },
            {
              regex: '^@dondoc/',
              message: 'Workflows import shared pure code by relative path (see docs/architecture.md).',
            },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'Date',
          property: 'now',
          message:
            'Use workflow time (Date.now is replaced deterministically, but prefer explicit workflowInfo / sleep).',
        },
        { object: 'Math', property: 'random', message: 'Use uuid4() or a seeded draw recorded in history.' },
      ],
    },
  },
  {
    files: ['apps/web/src/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          // antd writes these tags' text in the status colour itself: warning 1.8:1 on its background, below AA.
          selector: "JSXAttribute[name.name='color'] Literal[value=/^(success|processing|error|warning)$/]",
          message: 'A status colour on a Tag is too pale to read; use ToneTag (components/tone-tag.tsx).',
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    // jest's asymmetric matchers (expect.any, expect.stringMatching) are typed `any`.
    rules: { '@typescript-eslint/unbound-method': 'off', '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
);
