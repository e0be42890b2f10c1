// End-to-end tests of the search page: the real apps against real Kafka and Elasticsearch (the
// integration tests' global setup), driven in a real browser (playwright-core + the system
// Chromium, CHROMIUM_PATH, default /usr/bin/chromium). Files: test/e2e/**/*.e2e-spec.ts.
const { swcOptions } = require('./tools/swc-options.cjs');

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.e2e-spec.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', swcOptions()] },
  moduleNameMapper: require('./tools/jest-aliases.cjs'),
  setupFiles: ['<rootDir>/test/integration/setup-warnings.ts'],
  globalSetup: '<rootDir>/test/integration/global-setup.ts',
  globalTeardown: '<rootDir>/test/integration/global-teardown.ts',
  testTimeout: 120000,
};
