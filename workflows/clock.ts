import { type IsoDate, localDateOf } from '../libs/domain/src';

// The one place workflow code reads the clock: inside Temporal's sandbox Date.now() is the workflow task's
// deterministic time, replayed identically. Pure domain code never reads it; it is handed `now`.
// eslint-disable-next-line no-restricted-properties
export const workflowNow = (): number => Date.now();

export const workflowToday = (): IsoDate => localDateOf(workflowNow());
