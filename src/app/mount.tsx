// React's root for the page or an embedded widget (main.ts loads it with the page's code).
import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';

export function mount<P extends object>(root: HTMLElement, Page: ComponentType<P>, props: P): void {
  createRoot(root).render(<StrictMode><Page {...props} /></StrictMode>);
}
