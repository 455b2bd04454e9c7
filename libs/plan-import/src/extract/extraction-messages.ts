import { type PlanDraft } from '../plan-draft';
import { type ExtractionLimits } from './extraction-limits';
import { type PlanImportErrorCode } from './plan-import.exception';

/** What the pool sends a reader thread, and what comes back. */
export interface ExtractionJob {
  id: number;
  bytes: Uint8Array;
  name: string;
  limits: ExtractionLimits;
}

export interface ExtractedPlan {
  text: string;
  draft: PlanDraft;
}

export type ExtractionOutcome =
  ({ id: number; ok: true } & ExtractedPlan) | { id: number; ok: false; code: PlanImportErrorCode; message: string };
