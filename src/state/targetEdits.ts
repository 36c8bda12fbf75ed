// The reader's own edits to the plan's targets, kept in the browser (IndexedDB) per dataset
// until the reader discards them. Each edit is one record (dataset, target id) written in its own
// transaction, so two tabs never overwrite each other's list: the last write of a target wins.
// A BroadcastChannel tells the other tabs to read the list again. Loading another dataset, or
// failing to, never touches them.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { TargetDraft, TargetEdit } from '../model/targets/edits';

interface StoredEdit extends TargetEdit {
  dataset: string;
}

interface EditsSchema extends DBSchema {
  edits: { key: [string, string]; value: StoredEdit; indexes: { dataset: string } };
}

export const EDITS_DB = 'cchc-target-edits';
const STORE = 'edits';

/** A new id for a target the reader adds (random, so two tabs never pick the same). */
export function newTargetId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `u:${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

export interface TargetEditsStore {
  /** The dataset's edits, in no particular order. */
  list(dataset: string): Promise<TargetEdit[]>;
  /** Adds or changes a target (`target`), or deletes it (null). */
  put(dataset: string, id: string, target: TargetDraft | null): Promise<TargetEdit>;
  /** Forgets every edit of the dataset (its own targets come back). */
  discard(dataset: string): Promise<void>;
  /** Calls back when another tab (or connection) changed the dataset's edits. */
  subscribe(dataset: string, onChange: () => void): () => void;
  close(): void;
}

export async function openTargetEdits(name = EDITS_DB): Promise<TargetEditsStore> {
  const db: IDBPDatabase<EditsSchema> = await openDB<EditsSchema>(name, 1, {
    upgrade(d) {
      const s = d.createObjectStore(STORE, { keyPath: ['dataset', 'id'] });
      s.createIndex('dataset', 'dataset');
    },
  });
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(name);
  const listeners = new Set<(dataset: string) => void>();
  if (channel) channel.onmessage = (e: MessageEvent<{ dataset?: unknown }>) => {
    if (typeof e.data?.dataset === 'string') for (const l of listeners) l(e.data.dataset);
  };
  const tell = (dataset: string) => channel?.postMessage({ dataset });
  return {
    async list(dataset) {
      const rows = await db.getAllFromIndex(STORE, 'dataset', dataset);
      return rows.map(({ id, target, updated }) => ({ id, target, updated }));
    },
    async put(dataset, id, target) {
      const edit: StoredEdit = { dataset, id, target, updated: Date.now() };
      await db.put(STORE, edit);
      tell(dataset);
      return { id, target, updated: edit.updated };
    },
    async discard(dataset) {
      const tx = db.transaction(STORE, 'readwrite');
      const keys = await tx.store.index('dataset').getAllKeys(dataset);
      await Promise.all([...keys.map((k) => tx.store.delete(k)), tx.done]);
      tell(dataset);
    },
    subscribe(dataset, onChange) {
      const l = (d: string) => { if (d === dataset) onChange(); };
      listeners.add(l);
      return () => listeners.delete(l);
    },
    close() {
      channel?.close();
      db.close();
    },
  };
}
