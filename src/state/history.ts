// Back and Forward: the browser's history entries carry the view in their URL; on popstate the
// store takes the view from the URL again (without pushing a new entry).
import type { AppStore } from './store';

export function connectHistory(store: AppStore, win: Window = window): () => void {
  const onPop = () => store.getState().restore(win.location.search);
  win.addEventListener('popstate', onPop);
  return () => win.removeEventListener('popstate', onPop);
}
