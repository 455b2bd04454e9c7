// Six projects, selected with --selectProjects: unit (pure, beside the code), workflows (time-skipping
// server), stack (test/integration, test/e2e and the benchmarks' smoke runs in test/bench, against real
// PostgreSQL, Temporal dev server and SMTP sink), stack-waiting (the stack file that mostly waits, run beside
// them), stack-alone (the stack file that must run by itself) and browser (test/browser: Chromium through the web
// app, on the same kind of stack).
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

const libs = [
  'auth',
  'config',
  'contracts',
  'devstack',
  'directory',
  'domain',
  'mail',
  'notifications',
  'observability',
  'persistence',
  'plan-import',
  'temporal',
];
const moduleNameMapper = Object.fromEntries(libs.map((lib) => [`^@dondoc/${lib}$`, `<rootDir>/libs/${lib}/src`]));

const base = { transform: { '^.+\\.ts$': swc }, moduleNameMapper, testEnvironment: 'node' };
const stack = {
  ...base,
  globalSetup: '<rootDir>/test/setup/stack.global-setup.ts',
  globalTeardown: '<rootDir>/test/setup/stack.global-teardown.ts',
  setupFiles: ['<rootDir>/test/setup/quiet-temporal-runtime.ts'],
};

// Beside another file the real cluster's 3,000-assignment fan-out outlasts its timeout: it wants both cores.
const stackAlone = ['test/e2e/temporal-cluster.test.ts'];
// Most of its time is spent waiting for a real reminder instant minutes ahead, with a core idle: a lane of its own
// beside the other stack files.
const stackWaiting = ['test/e2e/worker-kills.test.ts'];

module.exports = {
  testTimeout: 120_000,
  // Repeat every failure after the run: CI keeps the log's tail, and a failure in the middle would be cut off.
  reporters: [['default', { summaryThreshold: 0 }]],
  // A tier ends with its longest file: started late, it runs on alone after the others are done.
  testSequencer: '<rootDir>/test/setup/longest-first.sequencer.js',
  projects: [
    {
      ...base,
      displayName: 'unit',
      roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/workflows', '<rootDir>/scripts', '<rootDir>/bench'],
      testMatch: ['**/*.spec.ts'],
    },
    {
      ...base,
      displayName: 'workflows',
      testMatch: ['<rootDir>/test/workflows/**/*.test.ts'],
      globalSetup: '<rootDir>/test/setup/workflows.global-setup.ts',
      globalTeardown: '<rootDir>/test/setup/workflows.global-teardown.ts',
      setupFiles: ['<rootDir>/test/setup/quiet-temporal-runtime.ts'],
    },
    {
      ...stack,
      // Integration and end-to-end share one real stack per run, started once and torn down after (the benchmarks
      // start their own). Each file has a task queue of its own, so several files run at once.
      displayName: 'stack',
      testMatch: [
        '<rootDir>/test/integration/**/*.test.ts',
        '<rootDir>/test/e2e/**/*.test.ts',
        '<rootDir>/test/bench/**/*.test.ts',
      ],
      testPathIgnorePatterns: ['/node_modules/', ...stackAlone, ...stackWaiting],
    },
    {
      ...stack,
      // Run beside the stack project, on a stack of its own.
      displayName: 'stack-waiting',
      testMatch: stackWaiting.map((file) => `<rootDir>/${file}`),
    },
    {
      ...stack,
      // What needs the machine to itself, on a stack of its own.
      displayName: 'stack-alone',
      testMatch: stackAlone.map((file) => `<rootDir>/${file}`),
    },
    {
      ...stack,
      // Journeys in Chromium against the API serving the built web app, on a real stack of their own.
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.test.ts'],
    },
  ],
};
