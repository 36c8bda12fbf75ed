// Messages between the page and the loading worker.
import type { RawDataset } from '../data/types';
import type { ComputedDataset } from '../model/model';

export type LoadRequest =
  | { id: number; kind: 'file' | 'folder'; url: string }
  | { id: number; kind: 'files'; files: File[] };

export type LoadReply =
  | { id: number; type: 'progress'; phase: 'fetch' | 'read' | 'parse' | 'build'; loaded: number; total: number }
  | { id: number; type: 'done'; raw: RawDataset; computed: ComputedDataset }
  | { id: number; type: 'error'; error: { kind: 'http'; url: string; status: number } | { kind: 'cross-origin'; url: string } | { kind: 'exception'; detail: string } };
