// Two projects: unit (no IO beyond temp files) and integration (the real local lab).
// Output of code under test (toolkit commands, info lines) is kept, not printed: test/helpers/quiet-environment.js.
const common = {
  preset: 'ts-jest',
  testEnvironment: '<rootDir>/test/helpers/quiet-environment.js',
  // tsconfig.json's isolatedModules makes ts-jest transpile each file alone (fast, no type check).
  transform: { '^.+\\.ts$': 'ts-jest' }
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
