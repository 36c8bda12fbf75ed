import { describe, expect, it } from 'vitest';
import { PAGED_ABOVE, PAGE_SIZE, rowPage } from './rowPage';

describe('rowPage: which of a long list of units a chart draws', () => {
  it('draws a list of up to 40 rows whole, with no pager (the 34 provinces)', () => {
    expect(PAGED_ABOVE).toBe(40);
    expect(rowPage(34, 0)).toEqual({ from: 0, to: 34, total: 34, page: 0, pages: 1, paged: false, all: false });
    expect(rowPage(40, 3)).toMatchObject({ from: 0, to: 40, paged: false });
    expect(rowPage(0, 0)).toMatchObject({ from: 0, to: 0, pages: 1, paged: false });
  });

  it('draws a longer list 20 rows at a time: 168 wards are 9 pages, the last of 8', () => {
    expect(PAGE_SIZE).toBe(20);
    expect(rowPage(168, 0)).toEqual({ from: 0, to: 20, total: 168, page: 0, pages: 9, paged: true, all: false });
    expect(rowPage(168, 1)).toMatchObject({ from: 20, to: 40 });
    expect(rowPage(168, 8)).toMatchObject({ from: 160, to: 168, page: 8 });
    expect(rowPage(41, 2)).toMatchObject({ from: 40, to: 41, page: 2, pages: 3 });
  });

  it('keeps a page asked for past either end within the list (a list that got shorter)', () => {
    expect(rowPage(168, 99)).toMatchObject({ from: 160, to: 168, page: 8 });
    expect(rowPage(168, -1)).toMatchObject({ from: 0, to: 20, page: 0 });
    expect(rowPage(50, 1.7)).toMatchObject({ from: 20, to: 40, page: 1 });
  });

  it('draws every row when the reader asks, and says the list is still a long one', () => {
    expect(rowPage(168, 4, true)).toEqual({ from: 0, to: 168, total: 168, page: 0, pages: 9, paged: true, all: true });
    expect(rowPage(12, 0, true)).toMatchObject({ from: 0, to: 12, paged: false, all: false });
  });
});
