// Shared jest settings: swc for speed, with decorator metadata so NestJS DI works in tests.
const { pathsToModuleNameMapper } = require('./tools/jest/paths');

module.exports = {
  testEnvironment: 'node',
  // Integration and end-to-end tests wait on a real broker and store.
  testTimeout: 60_000,
  transform: {
    '^.+\\.ts$|/node_modules/jose/.+\\.js$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
        sourceMaps: 'inline',
      },
    ],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  // jose ships ES modules only; swc turns them into CommonJS like our own code.
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
  moduleNameMapper: pathsToModuleNameMapper(),
};
