// React's root for the page or an embedded widget (main.ts loads it with the page's code).
// The first render is a transition: React builds it in slices that yield to the browser. When the
// figures are in before React (a small dataset on a fast link), that first render is the whole
// first screen — the cards, the filters, the comparison — and built at once it was one long task
// (150 ms with the CPU 4 × slower, as Lighthouse takes a phone's) that held the page's thread.
import { StrictMode, startTransition, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';

export function mount<P extends object>(root: HTMLElement, Page: ComponentType<P>, props: P): void {
  const reactRoot = createRoot(root);
  startTransition(() => reactRoot.render(<StrictMode><Page {...props} /></StrictMode>));
}
