// Whether an element is on the screen or near it (one shared IntersectionObserver for the page).
// Charts draw only there: a chart below the fold is drawn when the reader scrolls towards it, and
// a drawn chart that is off screen takes the view's new option when it comes back. So the first
// screen costs what the reader sees, and a drill redraws what is seen, not every panel of the page.
// Printing draws everything first (beforeprint, and the print media query for emulated print).
import { useCallback, useEffect, useLayoutEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

/** How far off the screen a chart starts drawing, so that scrolling finds it drawn. */
const MARGIN_PX = 240;
const MARGIN = `${MARGIN_PX}px 0px`;

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

/**
 * Counts the changes of the page that move every chart (a unit opened at the top of its view):
 * what a chart knew of the screen before one is not known after it. A way up from a district
 * drew the district's trend chart, near the screen there, with the province's figures in the
 * click's task (10-39 ms at 1M rows), although the province's view puts it two screens down:
 * the render came before the layout that said so. A chart whose nearness is from an earlier
 * layout is taken as far, until recheckNearScreen (or the observer) says.
 */
let layoutEpoch = 0;

/** Before a change of the page that moves every chart: their nearness is asked again (recheckNearScreen). */
export function nearScreenMoved(): void {
  layoutEpoch += 1;
}

/**
 * Tells every chart at once whether it is near the screen now, as the observer would in a frame's
 * time. For a page just changed and moved (a unit opened at the top of its view, app/revealView):
 * called from a layout effect, the charts the reader lands on draw in the same frame as the rest
 * of the view, instead of showing the unit left for a frame until the observer reports. Reads the
 * layout the frame would compute anyway.
 */
export function recheckNearScreen(): void {
  if (typeof window === 'undefined') return;
  const bottom = window.innerHeight + MARGIN_PX;
  for (const [el, listener] of listeners) {
    const r = el.getBoundingClientRect();
    listener(printing || (el.getClientRects().length > 0 && r.bottom >= -MARGIN_PX && r.top <= bottom));
  }
}

const supported = () => typeof IntersectionObserver !== 'undefined';

interface Nearness { near: boolean; epoch: number }

export function useNearScreen(ref: RefObject<Element | null>): boolean {
  // Without an observer (an old browser, a test DOM) everything draws at once, as before.
  const [nearness, setNearness] = useState<Nearness>(() => ({ near: !supported() || printing, epoch: layoutEpoch }));
  // A chart far from the screen stays as it is (far, whatever the layout); one near it is told
  // again after a move, so that it draws. The layout told of is the one when told.
  const setNear = useCallback((near: boolean) => {
    const epoch = layoutEpoch;
    setNearness((s) => (s.near === near && (!near || s.epoch === epoch) ? s : { near, epoch }));
  }, []);
  // Watched from the commit that puts the element in (a layout effect), so that a parent's layout
  // effect in the same commit may ask at once (recheckNearScreen).
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !supported()) return;
    watchPrint();
    listeners.set(el, setNear);
    const obs = shared();
    obs.observe(el);
    return () => { obs.unobserve(el); listeners.delete(el); };
  }, [ref, setNear]);
  return nearness.near && (nearness.epoch === layoutEpoch || !supported());
}
