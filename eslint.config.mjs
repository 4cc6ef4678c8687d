import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';

// The architecture, enforced by lint rather than hope (docs/architecture.md):
// apps never import apps; domain code imports no framework, store or broker client.
const frameworkAndInfrastructure = [
  { group: ['@nestjs/*', 'mongoose', 'kafkajs', '@grpc/*', 'express'], message: 'domain/ is plain TypeScript: no framework, store or broker client' },
  { group: ['@onewindow/contracts', '@onewindow/messaging', '@onewindow/persistence', '@onewindow/service-runtime'], message: 'domain/ must not depend on wire contracts or platform code' },
  { group: ['**/application/*', '**/infrastructure/*', '**/transport/*'], message: 'domain/ is the innermost layer' },
];

export default [
  { ignores: ['**/node_modules/**', '**/dist/**', '**/tmp/**', 'libs/contracts/src/generated/**', '.nx/**', 'coverage/**'] },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    files: ['**/*.ts', '**/*.js', '**/*.mjs'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:platform', 'type:contracts', 'type:domain'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:testing', 'type:platform', 'type:contracts'] },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:platform', 'type:contracts'] },
            { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:platform', 'type:contracts'] },
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain'] },
            { sourceTag: 'scope:intake', onlyDependOnLibsWithTags: ['scope:shared', 'scope:intake'] },
            { sourceTag: 'scope:routing', onlyDependOnLibsWithTags: ['scope:shared', 'scope:routing'] },
            { sourceTag: 'scope:arbitration', onlyDependOnLibsWithTags: ['scope:shared', 'scope:arbitration'] },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/*/src/domain/**/*.ts', 'libs/calendar/src/**/*.ts', 'libs/county/src/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: frameworkAndInfrastructure }] },
  },
  {
    files: ['**/*.spec.ts', '**/test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  prettier,
];
