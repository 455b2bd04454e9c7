import { type PlanTaskDraft } from '../plan-draft';

/** A task as the parser's specs compare it: its code and title, who leads and who coordinates, and when. */
export const taskSummary = ({ code, title, lead, coordinating, timeframe }: PlanTaskDraft) => ({
  code,
  title,
  lead,
  coordinating,
  timeframe,
});
