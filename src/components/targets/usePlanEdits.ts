// The plan the page shows: the dataset's targets with the reader's edits from the browser's
// store (loaded after the first paint), and the model every view asks, following them.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Model } from '../../model/model';
import { withTargets } from '../../model/model';
import { applyEdits, datasetKey, editCounts, type EditedTarget, type TargetDraft, type TargetEdit } from '../../model/targets/edits';
import type { Dataset } from '../../state/store';
import type { TargetEditsStore } from '../../state/targetEdits';

export interface PlanEdits {
  /** The effective plan: the dataset's targets, changed, deleted or added by the reader. */
  edited: EditedTarget[];
  edits: TargetEdit[];
  counts: { added: number; changed: number; deleted: number };
  /** The browser refused the store: edits last until the page is left. */
  storageFailed: boolean;
  /** Saves a target: a new one (id null) or a change of the one with this id. */
  save(id: string | null, draft: TargetDraft): Promise<void>;
  remove(id: string): Promise<void>;
  discard(): Promise<void>;
}

let opened: Promise<TargetEditsStore> | null = null;
const storeModule = () => import('../../state/targetEdits');
function openStore(): Promise<TargetEditsStore> {
  opened ??= storeModule().then((m) => m.openTargetEdits());
  return opened;
}

export function usePlanEdits(base: Model | null, dataset: Dataset | null): { model: Model | null; plan: PlanEdits | null } {
  const key = dataset ? datasetKey(dataset) : null;
  const [state, setState] = useState<{ key: string | null; edits: TargetEdit[] }>({ key: null, edits: [] });
  const [storageFailed, setFailed] = useState(false);
  // Edits made while the store is refused: kept in memory for this page.
  const [local, setLocal] = useState<TargetEdit[]>([]);

  const refresh = useCallback(async (k: string) => {
    const store = await openStore();
    const edits = await store.list(k);
    setState((s) => (s.key === k || s.key === null || key === k ? { key: k, edits } : s));
  }, [key]);

  useEffect(() => {
    if (!key) return;
    let off = () => {};
    let live = true;
    openStore().then((store) => {
      if (!live) return;
      off = store.subscribe(key, () => void refresh(key));
      return refresh(key);
    }).catch(() => { if (live) setFailed(true); });
    return () => { live = false; off(); };
  }, [key, refresh]);

  const edits = storageFailed ? local : state.key === key ? state.edits : [];
  const targets = base?.targets;
  const edited = useMemo(() => (targets ? applyEdits(targets, edits) : []), [targets, edits]);
  const model = useMemo(() => (base && edits.length > 0 ? withTargets(base, edited.map((t) => t.target)) : base), [base, edited, edits.length]);

  const write = useCallback(async (id: string, target: TargetDraft | null) => {
    if (!key) return;
    if (storageFailed) {
      setLocal((l) => [...l.filter((e) => e.id !== id), { id, target, updated: Date.now() }]);
      return;
    }
    const store = await openStore();
    await store.put(key, id, target);
    await refresh(key);
  }, [key, storageFailed, refresh]);

  const plan = useMemo<PlanEdits | null>(() => (!key || !targets ? null : {
    edited, edits, counts: editCounts(targets, edits), storageFailed,
    save: async (id, draft) => write(id ?? (await storeModule()).newTargetId(), draft),
    remove: (id) => write(id, null),
    discard: async () => {
      if (storageFailed) { setLocal([]); return; }
      const store = await openStore();
      await store.discard(key);
      await refresh(key);
    },
  }), [key, targets, edited, edits, storageFailed, write, refresh]);

  return { model, plan };
}
