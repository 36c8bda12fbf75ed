// A chart of a unit's children draws one bar per child: a province's 168 wards made a canvas
// 6,000 px tall that every drill back redrew, and a reader scrolled past it to find the worst.
// Lists longer than PAGED_ABOVE are drawn a page of PAGE_SIZE at a time (the comparison's first
// page is the best, its last the worst); the reader can still ask for every row at once. The
// data table, the summary and the downloads always have every row.

/** Lists of up to this many rows are drawn whole (the 34 provinces of the national view). */
export const PAGED_ABOVE = 40;
export const PAGE_SIZE = 20;

/** The rows a chart draws: [from, to) of `total`, on page `page` (0-based) of `pages`. */
export interface RowPage {
  from: number;
  to: number;
  total: number;
  page: number;
  pages: number;
  /** Whether the list is long enough to be paged (false: drawn whole, no pager). */
  paged: boolean;
  /** Every row drawn at the reader's asking, though the list is long. */
  all: boolean;
}

/** The page of a list of `total` rows; a page past the end is the last one. */
export function rowPage(total: number, page: number, all = false): RowPage {
  const paged = total > PAGED_ABOVE;
  if (!paged || all) return { from: 0, to: total, total, page: 0, pages: paged ? Math.ceil(total / PAGE_SIZE) : 1, paged, all: paged && all };
  const pages = Math.ceil(total / PAGE_SIZE);
  const p = Math.min(Math.max(0, Math.floor(page)), pages - 1);
  return { from: p * PAGE_SIZE, to: Math.min(total, (p + 1) * PAGE_SIZE), total, page: p, pages, paged, all: false };
}
