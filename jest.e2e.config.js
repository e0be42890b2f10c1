// End-to-end tests of the search page: the real apps against real Kafka and Elasticsearch (the
// integration tests' setup and teardown), driven in a real browser (playwright-core + the system
// Chromium, CHROMIUM_PATH, default /usr/bin/chromium). Files: test/e2e/**/*.e2e-spec.ts.
const integration = require('./jest.integration.config.js');

module.exports = {
  ...integration,
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.e2e-spec.ts'],
};
