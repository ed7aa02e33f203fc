/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.tsx?$': ['@swc/jest', { jsc: { target: 'es2021', parser: { syntax: 'typescript', tsx: true } } }],
    // ES-module-only dependencies (flatbush and its queue) are compiled to CommonJS for jest's module system.
    '/node_modules/(flatbush|flatqueue)/.+\\.js$': ['@swc/jest', { jsc: { target: 'es2021' }, module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(flatbush|flatqueue)/)'],
  testTimeout: 30000,
  // Every query the functions make in a run must be served by a declared index (test/support/index-coverage.ts).
  globalSetup: '<rootDir>/test/support/index-coverage-setup.ts',
  globalTeardown: '<rootDir>/test/support/index-coverage-teardown.ts',
};
