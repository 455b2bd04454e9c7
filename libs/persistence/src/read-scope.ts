/**
 * Whose rows a read may return: one agency's (an agency officer's reads; through a personal link, its one
 * assignment's), one province's (an account bound to it), or every agency's. The API's scoped repository reads take
 * one first, so a controller cannot reach a read that forgot it.
 */
export type ReadScope =
  | { readonly agencyId: string; readonly assignmentId?: string; readonly province?: undefined }
  | { readonly agencyId: null; readonly assignmentId?: undefined; readonly province: string | null };

export const EVERY_AGENCY: ReadScope = Object.freeze({ agencyId: null, province: null });

export const agencyScope = (agencyId: string, assignmentId?: string | null): ReadScope =>
  assignmentId ? { agencyId, assignmentId } : { agencyId };

/** Every agency of one province, or of every province (null). */
export const provinceScope = (province: string | null): ReadScope =>
  province === null ? EVERY_AGENCY : Object.freeze({ agencyId: null, province });
