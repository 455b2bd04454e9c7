import { temporal } from '@temporalio/proto';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { searchAttributeDeclarations } from '@dondoc/contracts';
import { startPastSlowBoots } from '@dondoc/devstack';
import { atLocalTime, parseIsoDate } from '@dondoc/domain';

const INDEXED_TYPES: Record<string, temporal.api.enums.v1.IndexedValueType> = {
  Keyword: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD,
  Datetime: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_DATETIME,
};

/**
 * The Java time-skipping server that `npm test` provisioned (TEMPORAL_TEST_SERVER), or the SDK's own download,
 * with dondoc's search attributes registered as the dev server has them.
 *
 * Its clock starts at the real date. `DONDOC_TEST_CLOCK=2029-02-15` moves it on to that day (midnight in Hà Nội)
 * first, to run the workflow tests as they will run on that day: none may depend on the date it runs.
 */
export async function createTimeSkippingEnv(): Promise<TestWorkflowEnvironment> {
  const path = process.env.TEMPORAL_TEST_SERVER;
  const env = await startPastSlowBoots(() =>
    TestWorkflowEnvironment.createTimeSkipping(
      path ? { server: { executable: { type: 'existing-path', path } } } : undefined,
    ),
  );
  await env.connection.operatorService.addSearchAttributes({
    namespace: env.namespace ?? 'default',
    searchAttributes: Object.fromEntries(
      Object.entries(searchAttributeDeclarations).map(([name, type]) => [name, INDEXED_TYPES[type]]),
    ),
  });
  const start = process.env.DONDOC_TEST_CLOCK?.trim();
  if (start) {
    const target = atLocalTime(parseIsoDate(start), '00:00');
    const now = await env.currentTimeMs();
    if (target <= now) {
      await env.teardown();
      throw new Error(`DONDOC_TEST_CLOCK=${start} is not after the test server's clock`);
    }
    await env.sleep(target - now);
  }
  return env;
}
