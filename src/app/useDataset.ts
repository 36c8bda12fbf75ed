// What keeps the dataset in step with the URL, for the full app and for an embedded widget:
// load when `data` changes, load a partition when the reader reaches it, recompute under today's
// units or as published, and follow Back and Forward.
import { useEffect } from 'react';
import { useApp, useAppStore } from '../components/appContext';
import { connectHistory } from '../state/history';
import { loadForView, loadPartitionFor, recompute } from './loader';
import { resolvedView } from '../state/store';

export function useDataset(): void {
  const store = useAppStore();
  const dataset = useApp((s) => s.dataset);
  const data = useApp((s) => s.view.data);
  const today = useApp((s) => s.view.today);

  useEffect(() => connectHistory(store), [store]);
  // Load whenever the `data` of the view changes (first render, a link, Back/Forward).
  useEffect(() => loadForView(store, data), [store, data]);
  // A partitioned dataset: the part under the unit on screen is loaded when the reader gets there,
  // asked for as the view changes, before the page renders it: in an effect, after the render, the
  // request left some 200 ms after a click on a province of a national summary at 1M rows
  // (.tmp/partphases.mts), and the worker waited for the page.
  useEffect(() => {
    // The unit on screen: the view's, or the dataset's first (a units file whose first province
    // is a part's unit has that part read on opening).
    const follow = (s: ReturnType<typeof store.getState>) => {
      // Only a dataset with parts not read has anything to ask for: the default view is not
      // worked out for one without (the bundled data, as it opens).
      if (!s.dataset?.model.raw.partitions.some((p) => !p.loaded)) return;
      const unit = s.view.unit ?? resolvedView(s)?.unit;
      if (unit) loadPartitionFor(store, unit);
    };
    follow(store.getState());
    return store.subscribe((s, prev) => { if (s.view.unit !== prev.view.unit || s.dataset !== prev.dataset) follow(s); });
  }, [store]);
  // Today's units or as published: the worker recomputes the dataset it holds.
  useEffect(() => {
    const d = store.getState().dataset;
    if (d && (d.today !== null) !== today) recompute(store);
  }, [store, today, dataset]);
}
