// Whether an element is on the screen or near it (one shared IntersectionObserver for the page).
// Charts draw only there: a chart below the fold is drawn when the reader scrolls towards it, and
// a drawn chart that is off screen takes the view's new option when it comes back. So the first
// screen costs what the reader sees, and a drill redraws what is seen, not every panel of the page.
// Printing draws everything first (beforeprint, and the print media query for emulated print).
import { useEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

/** How far off the screen a chart starts drawing, so that scrolling finds it drawn. */
const MARGIN = '240px 0px';

type Listener = (near: boolean) => void;
const listeners = new Map<Element, Listener>();
let observer: IntersectionObserver | null = null;
let printing = false;

function shared(): IntersectionObserver {
  observer ??= new IntersectionObserver((entries) => {
    for (const e of entries) listeners.get(e.target)?.(e.isIntersecting || printing);
  }, { rootMargin: MARGIN });
  return observer;
}

/** Who wants to know when printing starts and ends (usePrinting). */
const printListeners = new Set<(printing: boolean) => void>();

/** Before the page is printed every chart draws, synchronously (the print is laid out next). */
function drawAllForPrint(): void {
  printing = true;
  flushSync(() => {
    for (const l of printListeners) l(true);
    for (const l of listeners.values()) l(true);
  });
}

function printed(): void {
  printing = false;
  for (const l of printListeners) l(false);
}

let printWatched = false;
function watchPrint(): void {
  if (printWatched || typeof window === 'undefined') return;
  printWatched = true;
  window.addEventListener('beforeprint', drawAllForPrint);
  window.addEventListener('afterprint', printed);
  window.matchMedia?.('print').addEventListener?.('change', (e) => { if (e.matches) drawAllForPrint(); else printed(); });
}

/** Whether the page is being printed: what waits for the reader (a deferred panel) is put in at once. */
export function usePrinting(): boolean {
  const [now, setNow] = useState(printing);
  useEffect(() => {
    watchPrint();
    printListeners.add(setNow);
    return () => { printListeners.delete(setNow); };
  }, []);
  return now;
}

const supported = () => typeof IntersectionObserver !== 'undefined';

export function useNearScreen(ref: RefObject<Element | null>): boolean {
  // Without an observer (an old browser, a test DOM) everything draws at once, as before.
  const [near, setNear] = useState(() => !supported() || printing);
  useEffect(() => {
    const el = ref.current;
    if (!el || !supported()) return;
    watchPrint();
    listeners.set(el, setNear);
    const obs = shared();
    obs.observe(el);
    return () => { obs.unobserve(el); listeners.delete(el); };
  }, [ref]);
  return near;
}
