// The plan the page shows: the dataset's targets with the reader's edits from the browser's
// store, and the model every view asks, following them. The store and the overlay's code load
// after the first paint (the first screen's JS has a budget); until then the dataset's plan shows.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Model } from '../../model/model';
import { withTargets } from '../../model/model';
import type { EditedTarget, TargetDraft, TargetEdit } from '../../model/targets/edits';
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

interface Runtime {
  overlay: typeof import('../../model/targets/edits');
  /** null: the browser refused IndexedDB. */
  store: TargetEditsStore | null;
  newId: () => string;
}

let loading: Promise<Runtime> | null = null;
function runtime(): Promise<Runtime> {
  loading ??= Promise.all([import('../../model/targets/edits'), import('../../state/targetEdits')]).then(async ([overlay, st]) => {
    const store = await st.openTargetEdits().catch(() => null);
    return { overlay, store, newId: st.newTargetId };
  });
  return loading;
}

export function usePlanEdits(base: Model | null, dataset: Dataset | null): { model: Model | null; plan: PlanEdits | null } {
  const [rt, setRt] = useState<Runtime | null>(null);
  const [state, setState] = useState<{ key: string | null; edits: TargetEdit[] }>({ key: null, edits: [] });
  useEffect(() => { let live = true; void runtime().then((r) => { if (live) setRt(r); }); return () => { live = false; }; }, []);
  const key = rt && dataset ? rt.overlay.datasetKey(dataset) : null;

  const refresh = useCallback(async (k: string) => {
    if (!rt?.store) return;
    const edits = await rt.store.list(k);
    setState({ key: k, edits });
  }, [rt]);

  // The dataset's edits, and again whenever another tab changes them.
  useEffect(() => {
    if (!key || !rt?.store) return;
    void refresh(key);
    return rt.store.subscribe(key, () => void refresh(key));
  }, [key, rt, refresh]);

  const edits = state.key === key ? state.edits : [];
  const targets = base?.targets;
  const edited = useMemo(() => (rt && targets ? rt.overlay.applyEdits(targets, edits) : []), [rt, targets, edits]);
  const model = useMemo(() => (base && edits.length > 0 ? withTargets(base, edited.map((t) => t.target)) : base), [base, edited, edits.length]);

  const write = useCallback(async (id: string, target: TargetDraft | null) => {
    if (!key || !rt) return;
    if (!rt.store) {
      // Kept in memory for this page only.
      setState((s) => ({ key, edits: [...(s.key === key ? s.edits : []).filter((e) => e.id !== id), { id, target, updated: Date.now() }] }));
      return;
    }
    await rt.store.put(key, id, target);
    await refresh(key);
  }, [key, rt, refresh]);

  const plan = useMemo<PlanEdits | null>(() => (!key || !rt || !targets ? null : {
    edited, edits, counts: rt.overlay.editCounts(targets, edits), storageFailed: rt.store === null,
    save: (id, draft) => write(id ?? rt.newId(), draft),
    remove: (id) => write(id, null),
    discard: async () => {
      if (!rt.store) { setState({ key, edits: [] }); return; }
      await rt.store.discard(key);
      await refresh(key);
    },
  }), [key, rt, targets, edited, edits, write, refresh]);

  return { model, plan };
}
