// @vitest-environment jsdom
// useModule in React itself: a module that comes while React builds a view in slices (a deferred
// pass, as the overview's panels are drawn) is drawn in slices too, not in one blocking pass.
import { afterEach, describe, expect, it } from 'vitest';
import { createElement, startTransition } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { ModuleStore, useModule } from './moduleStore';

const PARTS = 40;
const PART_MS = 2;

/** The page's thread, as the test sees it: how many parts React rendered with no other task
 * between them (React yields about every 5 ms when it renders in slices, and a task queued
 * meanwhile runs then), at most, and how many times each side was drawn. */
function watch() {
  const w = { run: 0, longestRun: 0, without: 0, with: 0, ticking: true };
  const tick = () => { w.run = 0; if (w.ticking) setImmediate(tick); };
  setImmediate(tick);
  return w;
}

let root: Root | null = null;
afterEach(() => { root?.unmount(); root = null; });

describe('useModule', () => {
  it('draws a module that came during a render in slices in slices, not again at once in one blocking pass', async () => {
    let arrive!: (m: { name: string }) => void;
    const store = new ModuleStore(() => new Promise<{ name: string }>((ok) => { arrive = ok; }));
    const w = watch();
    function Part({ module }: { module: boolean }) {
      const start = performance.now();
      while (performance.now() - start < PART_MS) { /* a panel's work */ }
      w.run += 1;
      w.longestRun = Math.max(w.longestRun, w.run);
      if (module) w.with += 1; else w.without += 1;
      return null;
    }
    function View() {
      const module = useModule(store);
      return createElement('div', { 'data-module': module?.name ?? '' }, Array.from({ length: PARTS }, (_, k) => createElement(Part, { key: k, module: module !== null })));
    }
    const el = document.createElement('div');
    root = createRoot(el);
    // Drawn in a transition (in slices), and the module comes about a third of the way through.
    startTransition(() => root!.render(createElement(View)));
    setTimeout(() => arrive({ name: 'panels' }), (PARTS * PART_MS) / 3);
    await store.load();
    while (el.firstElementChild?.getAttribute('data-module') !== 'panels') await new Promise((go) => setTimeout(go, 5));
    w.ticking = false;
    // Every part drawn with the module, once the module came (and before it, without).
    expect(w.with).toBe(PARTS);
    expect(w.without).toBe(PARTS);
    // With an external store's snapshot (useSyncExternalStore), React saw the module change under
    // its render, threw the render away and drew all 40 parts again in one pass (80 ms blocked).
    expect(w.longestRun).toBeLessThan(PARTS / 2);
  });
});
