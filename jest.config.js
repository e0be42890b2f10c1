// Unit tests: pure code, no servers. Specs live beside the code as *.spec.ts.
const { swcOptions } = require('./tools/swc-options.cjs');

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/tools'],
  testMatch: ['**/*.spec.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', swcOptions()] },
  moduleNameMapper: require('./tools/jest-aliases.cjs'),
};
