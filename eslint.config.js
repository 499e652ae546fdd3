import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '.vigil/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Packages never import apps: dependencies point apps -> packages -> core.
      'no-restricted-imports': ['error', { patterns: ['**/apps/**'] }],
    },
  },
);
