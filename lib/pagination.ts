/**
 * The server-rendered model list is split into pages so that /models stays the same size however
 * large the catalog grows; with JavaScript, search and filters cover every entry without paging.
 */
export const LIST_PAGE_SIZE = 100;

export function pageCount(total: number, size = LIST_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

export function pageItems<T>(items: T[], page: number, size = LIST_PAGE_SIZE): T[] {
  return items.slice((page - 1) * size, page * size);
}

export function pageHref(page: number): string {
  return page === 1 ? "/models" : `/models/page/${page}`;
}
