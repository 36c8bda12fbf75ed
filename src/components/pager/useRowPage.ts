// Which page of a long list a chart draws (model/views/rowPage), for as long as the view is the
// same: a new view (a drill, another indicator or period) starts on its first page, and "show
// all", once asked for, stays for the panel's next views.
import { useState } from 'react';
import { rowPage, type RowPage } from '../../model/views/rowPage';

export interface RowPaging {
  page: RowPage;
  go: (page: number) => void;
  showAll: (all: boolean) => void;
}

export function useRowPage(total: number, view: unknown): RowPaging {
  const [state, setState] = useState<{ view: unknown; page: number; all: boolean }>({ view, page: 0, all: false });
  // A new view starts on its first page: noted now (React renders again before painting), so
  // that coming back to the view before it starts there too, not on the page it was left on.
  if (!Object.is(state.view, view)) setState({ view, page: 0, all: state.all });
  const current = Object.is(state.view, view) ? state.page : 0;
  return {
    page: rowPage(total, current, state.all),
    go: (page) => setState((s) => ({ ...s, page })),
    showAll: (all) => setState((s) => ({ ...s, page: 0, all })),
  };
}
