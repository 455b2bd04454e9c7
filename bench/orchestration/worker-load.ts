import { type Worker } from '@temporalio/worker';
import { gaugeSum } from './prometheus-timings';

export interface WorkerLoad {
  samples: number;
  /** The workflow task slots: a notice holds one while its local activity runs. */
  slots: number | null;
  activations: { mean: number; max: number };
  localActivities: { mean: number; max: number };
  /** From the SDK's own gauges, with `--worker-metrics`: a poll needs a free slot, held until its task completes. */
  sdk: { slotsUsed: { mean: number; max: number }; pollers: { mean: number; max: number } } | null;
}

/**
 * What the in-process worker holds in flight, sampled every quarter second: local activities stay at the workflow
 * task slots' limit when the worker paces the burst, and well below it when the server does.
 */
export function sampleWorkerLoad(worker: Worker, metricsUrl?: string) {
  const activations: number[] = [];
  const localActivities: number[] = [];
  const slotsUsed: number[] = [];
  const pollers: number[] = [];
  let timer: NodeJS.Timeout | undefined;
  let samples = 0;
  const ours = (labels: Map<string, string>) => labels.get('task_queue') === worker.options.taskQueue;
  const sampleSdk = async (url: string) => {
    const scrape = await (await fetch(url)).text();
    slotsUsed.push(
      gaugeSum(scrape, 'temporal_worker_task_slots_used', (l) => ours(l) && l.get('worker_type') === 'WorkflowWorker'),
    );
    // Its sticky queue's and the shared queue's.
    pollers.push(
      gaugeSum(scrape, 'temporal_num_pollers', (l) => ours(l) && /workflow_task$/.test(l.get('poller_type') ?? '')),
    );
  };
  const sample = () => {
    const status = worker.getStatus();
    activations.push(status.numInFlightWorkflowActivations);
    localActivities.push(status.numInFlightLocalActivities);
    // A scrape a second, as parsing one costs this process (the worker too); one lost at teardown is a sample fewer.
    if (metricsUrl && samples++ % 4 === 0) sampleSdk(metricsUrl).catch(() => undefined);
  };
  const summary = (values: number[]) => ({
    mean: values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length),
    max: Math.max(0, ...values),
  });
  return {
    start: () => (timer = setInterval(sample, 250)),
    stop: (): WorkerLoad => {
      clearInterval(timer);
      const supplier = worker.options.tuner.workflowTaskSlotSupplier;
      const slots = supplier.type === 'fixed-size' ? supplier.numSlots : null;
      return {
        samples: activations.length,
        slots,
        activations: summary(activations),
        localActivities: summary(localActivities),
        sdk: metricsUrl ? { slotsUsed: summary(slotsUsed), pollers: summary(pollers) } : null,
      };
    },
  };
}
