// React's root for the page or an embedded widget (main.ts loads it with the page's code).
import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import type { AppStore } from '../state/store';
import type { EmbedOptions } from '../state/embed';

export function mountApp(root: HTMLElement, App: ComponentType<{ store: AppStore }>, store: AppStore): void {
  createRoot(root).render(<StrictMode><App store={store} /></StrictMode>);
}

export function mountEmbed(root: HTMLElement, EmbedApp: ComponentType<{ store: AppStore; options: EmbedOptions }>, store: AppStore, options: EmbedOptions): void {
  createRoot(root).render(<StrictMode><EmbedApp store={store} options={options} /></StrictMode>);
}
