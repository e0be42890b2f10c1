import nx from '@nx/eslint-plugin';

const pureBans = ['@nestjs/*', 'kafkajs', '@elastic/*', 'express', 'testcontainers', 'prom-client'];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  { ignores: ['**/dist', '**/node_modules', '.vidx', '.nx', 'infra/**/target', 'coverage'] },
  {
    files: ['**/*.ts', '**/*.js', '**/*.mjs', '**/*.cjs'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          banTransitiveDependencies: false,
          allow: [],
          depConstraints: [
            // Apps are thin wiring: they use libraries, never each other.
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:data-access', 'type:util', 'type:contracts'] },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:util', 'type:contracts'] },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:data-access', 'type:util', 'type:contracts'] },
            // Pure logic: no framework, no Kafka, no Elasticsearch, no HTTP server.
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util', 'type:contracts'], bannedExternalImports: pureBans },
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts'], bannedExternalImports: pureBans },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['bin/**/*.js', 'tools/**/*.cjs', 'jest*.config.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
];
