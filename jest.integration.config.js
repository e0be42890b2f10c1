// Integration tests: real Kafka and Elasticsearch, provided once per run by libs/testing
// (VIDX_TEST_INFRA=local (default) | env | containers). Files: test/integration/**/*.int-spec.ts.
const { swcOptions } = require('./tools/swc-options.cjs');

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/integration'],
  testMatch: ['**/*.int-spec.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', swcOptions()] },
  moduleNameMapper: require('./tools/jest-aliases.cjs'),
  setupFiles: ['<rootDir>/test/integration/setup-warnings.ts'],
  globalSetup: '<rootDir>/test/integration/global-setup.ts',
  globalTeardown: '<rootDir>/test/integration/global-teardown.ts',
  testTimeout: 120000,
};
