/** The default task queue; TEMPORAL_TASK_QUEUE overrides it for both processes. */
export const DEFAULT_TASK_QUEUE = 'dondoc';
