import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';

// The architecture, enforced by lint rather than hope (docs/architecture.md):
// apps never import apps; domain code imports no framework, store or broker client.
const frameworkAndInfrastructure = [
  {
    group: ['@nestjs/*', 'mongoose', 'kafkajs', '@grpc/*', 'express'],
    message: 'domain/ is plain TypeScript: no framework, store or broker client',
  },
  {
    group: ['@onewindow/contracts', '@onewindow/messaging', '@onewindow/persistence', '@onewindow/service-runtime'],
    message: 'domain/ must not depend on wire contracts or platform code',
  },
  { group: ['**/application/*', '**/infrastructure/*', '**/transport/*'], message: 'domain/ is the innermost layer' },
];

const productionConstraints = [
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:platform', 'type:contracts', 'type:domain'] },
  {
    sourceTag: 'type:e2e',
    onlyDependOnLibsWithTags: ['type:testing', 'type:platform', 'type:contracts', 'type:domain'],
  },
  { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:platform', 'type:contracts', 'type:domain'] },
  { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:platform', 'type:contracts', 'type:domain'] },
  { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: [] },
  { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain'] },
  { sourceTag: 'scope:intake', onlyDependOnLibsWithTags: ['scope:shared', 'scope:intake'] },
  { sourceTag: 'scope:routing', onlyDependOnLibsWithTags: ['scope:shared', 'scope:routing'] },
  { sourceTag: 'scope:arbitration', onlyDependOnLibsWithTags: ['scope:shared', 'scope:arbitration'] },
  { sourceTag: 'scope:mediation', onlyDependOnLibsWithTags: ['scope:shared', 'scope:mediation'] },
  { sourceTag: 'scope:inspection', onlyDependOnLibsWithTags: ['scope:shared', 'scope:inspection'] },
  { sourceTag: 'scope:labor-relations', onlyDependOnLibsWithTags: ['scope:shared', 'scope:labor-relations'] },
];

const moduleBoundaries = (depConstraints) => ({
  enforceBuildableLibDependency: false,
  // The stack tool and the services' compile step are plain Node outside any project; the jest global setup drives them.
  allow: ['../../../tools/stack/stack.mjs', '../../../tools/build/compile-services.mjs'],
  depConstraints,
});

export default [
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/tmp/**',
      'libs/contracts/src/generated/**',
      '.nx/**',
      'coverage/**',
    ],
  },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs'],
    rules: { '@nx/enforce-module-boundaries': ['error', moduleBoundaries(productionConstraints)] },
  },
  {
    // Tests may also use the testing library (real stack, harnesses, sample matters).
    files: ['**/*.spec.ts', '**/test/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        moduleBoundaries(
          productionConstraints.map((c) =>
            c.sourceTag === 'type:app'
              ? { ...c, onlyDependOnLibsWithTags: [...c.onlyDependOnLibsWithTags, 'type:testing'] }
              : c,
          ),
        ),
      ],
    },
  },
  {
    files: [
      'apps/*/src/domain/**/*.ts',
      'libs/calendar/src/**/*.ts',
      'libs/county/src/**/*.ts',
      'libs/matter/src/**/*.ts',
      'libs/access/src/**/*.ts',
      'libs/gateway-api/src/**/*.ts',
    ],
    rules: { 'no-restricted-imports': ['error', { patterns: frameworkAndInfrastructure }] },
  },
  {
    // ts-proto types every sub-message as `T | undefined` (proto3 presence); after validation at the
    // edge, `!` states what is known rather than hiding it behind casts.
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Leaving a field out of a copy by destructuring it into `_name` is deliberate.
      '@typescript-eslint/no-unused-vars': ['warn', { varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  prettier,
];
