/** The uploaded file a plan was imported from; the bytes live in storage, addressed by sha256. */
export interface PlanSourceDocument {
  filename: string;
  mediaType: string;
  size: number;
  sha256: string;
}

/** What the importer could not settle on its own, kept for the coordinator to review. */
export interface PlanWarning {
  code: string;
  message: string;
  where?: string;
  /** What the warning proposes, as written (the time frame a task's sentences name). */
  value?: string;
}
