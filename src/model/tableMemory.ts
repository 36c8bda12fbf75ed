// Memory for the figures' table, made and written before the figures are computed, while a large
// file comes (data/pages.ts): at a million rows computing the table wrote 90-120 thousand new pages
// (node, `process.resourceUsage().minorPageFault`), more than a second of its three on this
// machine. The table builder's columns are the most of them (tableBuilder.ts): written ahead, the
// table of the bench's million rows was computed in 2.6-3.3 s instead of 2.9-3.8 s, with 32-38
// thousand pages fewer to write (node, 3 of each, interleaved: .tmp/memab.mts).
import { ARRAY_COLUMNS, type ArrayColumn, type SpareColumns } from './table';
import { writePages } from '../data/pages';

export interface TableMemory {
  /** The rows the columns hold. */
  capacity: number;
  columns: SpareColumns;
}

/** Columns for a table of `capacity` rows, not yet written (new memory). */
export function tableMemory(capacity: number): TableMemory {
  const columns = Object.fromEntries((Object.keys(ARRAY_COLUMNS) as ArrayColumn[]).map((k) => [k, new ARRAY_COLUMNS[k](capacity)])) as SpareColumns;
  return { capacity, columns };
}

/**
 * Writes a table's memory a page at a time, a slice per call (`step`), so that the worker can stop
 * as soon as the file has come: what is left unwritten is written when the table is. Zeros: a
 * column's every cell is set before it is read.
 */
export class MemoryWriter {
  private readonly arrays: ArrayBufferView[];
  private array = 0;
  private at = 0;

  constructor(memory: TableMemory) {
    this.arrays = Object.values(memory.columns);
  }

  /** Writes about `bytes` more; false once every page is written. */
  step(bytes: number): boolean {
    let left = bytes;
    while (this.array < this.arrays.length && left > 0) {
      const a = this.arrays[this.array];
      const end = Math.min(a.byteLength, this.at + left);
      writePages(a, this.at, end);
      left -= end - this.at;
      this.at = end;
      if (end === a.byteLength) { this.array++; this.at = 0; }
    }
    return this.array < this.arrays.length;
  }
}
