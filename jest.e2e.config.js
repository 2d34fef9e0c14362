/**
 * The browser test (`npm run test:e2e`): the example frontend in examples/web, served on one origin,
 * driving the gateway on another in the machine's Chromium. `npm test` leaves it out (see
 * jest.config.js): it installs and builds the example first.
 *
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  testTimeout: 60000,
};
