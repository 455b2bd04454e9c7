export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface PageRequest {
  /** 1-based. */
  page?: number;
  pageSize?: number;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 200;

/** Clamps a requested page to sane bounds and gives the row window to fetch. */
export function pageWindow(request: PageRequest): { page: number; pageSize: number; skip: number; take: number } {
  const page = Math.max(1, Math.floor(request.page ?? 1));
  const pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(request.pageSize ?? DEFAULT_PAGE_SIZE)));
  return { page, pageSize, skip: (page - 1) * pageSize, take: pageSize };
}

export async function toPage<T>(
  request: PageRequest,
  fetch: (window: { skip: number; take: number }) => Promise<[T[], number]>,
): Promise<Page<T>> {
  const { page, pageSize, skip, take } = pageWindow(request);
  const [items, total] = await fetch({ skip, take });
  return { items, total, page, pageSize };
}
