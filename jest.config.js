// Two projects: unit (no IO beyond temp files) and integration (the real local lab).
const common = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { isolatedModules: true }] }
};
module.exports = {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/test/lab/global-setup.js',
      globalTeardown: '<rootDir>/test/lab/global-teardown.js'
    }
  ],
  // jest 29 reads testTimeout only at the top level, not per project; lab builds run QEMU.
  testTimeout: 300000
};
