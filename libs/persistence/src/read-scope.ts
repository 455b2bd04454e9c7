/**
 * Whose rows a read may return: one agency's (an agency officer's reads; through a personal link, its one
 * assignment's), or every agency's (the office's). The API's scoped repository reads take one first, so a
 * controller cannot reach a read that forgot it.
 */
export type ReadScope =
  | { readonly agencyId: string; readonly assignmentId?: string }
  | { readonly agencyId: null; readonly assignmentId?: undefined };

export const EVERY_AGENCY: ReadScope = Object.freeze({ agencyId: null });

export const agencyScope = (agencyId: string, assignmentId?: string | null): ReadScope =>
  assignmentId ? { agencyId, assignmentId } : { agencyId };
