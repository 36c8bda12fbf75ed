// The page's header, drawn from the entry before React and the page's code have come: on a slow
// link the reader sees which page this is at once. The app's Header then draws the same title,
// subtitle and dataset line in its place (same elements and classes, so nothing moves), and adds
// its buttons. An embedded widget has no header and gets none.
import { requestedDataset, type Locale } from '../i18n/messages';

/**
 * Replaces `root`'s loading line with the header's title block (`requested`: the view's `data`,
 * named as the Header names it) and the loading line under it, in the link's language. React then replaces
 * both with the page (its nodes are new: nothing here is moved, so nothing counts as shifted).
 */
export function paintShell(root: HTMLElement, { lang, m }: Locale, requested: string): void {
  document.documentElement.lang = lang;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    node.append(...children);
    return node;
  };
  const title = el('div', 'header__title',
    el('h1', '', m.appTitle),
    el('p', 'header__subtitle', m.appSubtitle),
    el('p', 'header__dataset', el('span', '', `${m.dataset}: ${requestedDataset(m, requested)}`)));
  const status = el('p', 'loading-page', m.loading);
  status.setAttribute('role', 'status');
  root.replaceChildren(el('div', 'app', el('header', 'header', title), status));
}
