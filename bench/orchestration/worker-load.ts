import { type Worker } from '@temporalio/worker';

export interface WorkerLoad {
  samples: number;
  /** The workflow task slots: a notice holds one while its local activity runs. */
  slots: number | null;
  activations: { mean: number; max: number };
  localActivities: { mean: number; max: number };
}

/**
 * What the in-process worker holds in flight, sampled every quarter second: local activities stay at the workflow
 * task slots' limit when the worker paces the burst, and well below it when the server does.
 */
export function sampleWorkerLoad(worker: Worker) {
  const activations: number[] = [];
  const localActivities: number[] = [];
  let timer: NodeJS.Timeout | undefined;
  const sample = () => {
    const status = worker.getStatus();
    activations.push(status.numInFlightWorkflowActivations);
    localActivities.push(status.numInFlightLocalActivities);
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
      };
    },
  };
}
