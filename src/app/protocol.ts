// Messages between the page and the loading worker.
import type { FetchedFile } from './fetchFiles';
import type { RawDataset } from '../data/types';
import type { ComputedDataset, ComputedOnPage, ModelRaw } from '../model/model';
import type { FirstView } from '../model/views/firstView';
import { fromWire, toWire, type WireProblems } from '../data/problemPack';
import { PROBLEM_WRITERS } from '../model/problemWriters';
import type { PhaseTiming } from './loadPhases';
// Measured on the page with the reply it comes in (loader.ts), from this chunk fetched on demand.
export { measureLoadPhases } from './loadPhases';

/** What every load needs besides its files: where the built-in units are, and the view's era. */
export interface LoadContext {
  /** URL of the folder of Vietnam's built-in units (public/reference), fetched only when needed. */
  reference: string;
  /** ISO date: show figures of units that ended under the units in force that day; null: as published. */
  today: string | null;
}

export type LoadRequest =
  /** `byPage`: the page fetches the files itself (pageFetch.ts) and sends them (PageFetchNotice). */
  | ({ id: number; kind: 'file' | 'folder'; url: string; byPage?: boolean } & LoadContext)
  | ({ id: number; kind: 'files'; files: File[] } & LoadContext)
  /** The last dataset again, under today's units or as published (no fetch, no parse); `fresh`:
   * read and checked again even if a result was kept (the reader asked to read the files again). */
  | ({ id: number; kind: 'recompute'; fresh?: boolean } & LoadContext)
  /** The last dataset with the partition that holds one of these units (a unit and its ancestors). */
  | ({ id: number; kind: 'partition'; units: string[] } & LoadContext);

/** The files the page fetched for a request: the file's, or the folder's index.json (`index`) and its
 * files, in the index's order; `fallback`: the page could not, the worker fetches them (and says
 * why it cannot); `abandoned`: a newer load came first. */
export type FetchedByPage =
  | { kind: 'fetched'; id: number; index: Uint8Array | null; files: FetchedFile[] }
  | { kind: 'fetched'; id: number; fallback: true }
  | { kind: 'fetched'; id: number; abandoned: true };

/** From the page fetching a request's files: a file's announced length (the worker may start its
 * second reader ahead, readInParts.ts), then the files. */
/** `fetch-size`: a file's size as the page learns it, with the names of the files it fetches;
 * `told`: the file's length, as announced (else what has come of a file known to be large). */
export type PageFetchNotice = { kind: 'fetch-size'; id: number; bytes: number; names: string[]; told: boolean } | FetchedByPage;

/** The page has shown a load's figures (and is idle): the worker may now keep them (reopen.ts). */
export interface ShownNotice { kind: 'shown'; id: number }

export type LoadReply =
  | { id: number; type: 'progress'; phase: 'fetch' | 'read' | 'parse' | 'build'; loaded: number; total: number }
  /** `reopened`: the result kept from an earlier opening of the same files (reopen.ts), not read again. */
  /** `first`: where the overview opens (findFirstView), found in the worker on the same columns. */
  /** `timings`: the worker's phases (loadPhases.ts). */
  | { id: number; type: 'done'; raw: WireRaw; computed: WireComputed; first: FirstView | null; today: string | null; reopened: boolean; timings?: PhaseTiming[] }
  | { id: number; type: 'error'; error: { kind: 'http'; url: string; status: number } | { kind: 'cross-origin'; url: string } | { kind: 'exception'; detail: string } };

/** A dataset as it crosses to the page and is kept for reopening: its problems packed
 * (problemPack.ts: a hundred thousand problems as objects take seconds to clone), the rows read
 * left behind (the page reads the computed columns). */
export type WireRaw = Omit<RawDataset, 'problems' | 'observations'> & { problems: WireProblems };
export type WireComputed = Omit<ComputedDataset, 'problems'> & { problems: WireProblems };

export function toWireDataset(raw: RawDataset, computed: ComputedDataset): { raw: WireRaw; computed: WireComputed } {
  const { observations: _rows, problems, ...rest } = raw;
  return { raw: { ...rest, problems: toWire(problems) }, computed: { ...computed, problems: toWire(computed.problems) } };
}

export function fromWireDataset(raw: WireRaw, computed: WireComputed): { raw: ModelRaw; computed: ComputedOnPage } {
  return { raw: { ...raw, problems: fromWire(raw.problems, PROBLEM_WRITERS) }, computed: { ...computed, problems: fromWire(computed.problems, PROBLEM_WRITERS) } };
}
