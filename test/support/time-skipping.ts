import { TestWorkflowEnvironment } from '@temporalio/testing';

/** The Java time-skipping server that `npm test` provisioned (TEMPORAL_TEST_SERVER), or the SDK's own download. */
export function createTimeSkippingEnv(): Promise<TestWorkflowEnvironment> {
  const path = process.env.TEMPORAL_TEST_SERVER;
  return TestWorkflowEnvironment.createTimeSkipping(
    path ? { server: { executable: { type: 'existing-path', path } } } : undefined,
  );
}
