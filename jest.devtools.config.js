/** The journeys of test/e2e in WeChat DevTools (npm run test:devtools sets JOURNEY_DRIVER=devtools): one simulator, one file at a time. */
const base = require('./jest.config.js');

/** @type {import('jest').Config} */
module.exports = { ...base, testMatch: ['**/e2e/**/*.test.ts'], maxWorkers: 1, testTimeout: 120000 };
