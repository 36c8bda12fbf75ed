// Whether an element is on the screen or near it (shared IntersectionObservers for the page).
// Charts draw only there: a chart below the fold is drawn when the reader scrolls towards it, and
// a drawn chart that is off screen takes the view's new option when it comes back. So the first
// screen costs what the reader sees, and a drill redraws what is seen, not every panel of the page.
// A chart near the screen but not on it takes a new view a pass later (EChart.tsx), so the frame
// that shows a change is not held back by a chart below the fold.
// Printing draws everything first (beforeprint, and the print media query for emulated print).
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

/** How far off the screen a chart starts drawing, so that scrolling finds it drawn. */
export const MARGIN_PX = 240;
const MARGIN = `${MARGIN_PX}px 0px`;

/** Where an element is: within the margin around the screen (`near`), and on the screen itself (`on`). */
export interface ScreenPlace { near: boolean; on: boolean }

type Listener = (place: ScreenPlace) => void;
/** Each element watched: what each observer last said of it. */
interface Watched { listener: Listener; near: boolean; on: boolean }
const watched = new Map<Element, Watched>();
let nearObserver: IntersectionObserver | null = null;
let onObserver: IntersectionObserver | null = null;
let printing = false;

/** On the screen is near it, whichever observer speaks first; printing puts everything on. */
const tell = (w: Watched) => w.listener({ near: w.near || w.on || printing, on: w.on || printing });

function observers(): [IntersectionObserver, IntersectionObserver] {
  nearObserver ??= new IntersectionObserver((entries) => {
    for (const e of entries) { const w = watched.get(e.target); if (w) { w.near = e.isIntersecting; tell(w); } }
  }, { rootMargin: MARGIN });
  onObserver ??= new IntersectionObserver((entries) => {
    for (const e of entries) { const w = watched.get(e.target); if (w) { w.on = e.isIntersecting; tell(w); } }
  });
  return [nearObserver, onObserver];
}

/** Who wants to know when printing starts and ends (usePrinting). */
const printListeners = new Set<(printing: boolean) => void>();

/** Before the page is printed every chart draws, synchronously (the print is laid out next). */
function drawAllForPrint(): void {
  printing = true;
  flushSync(() => {
    for (const l of printListeners) l(true);
    for (const w of watched.values()) tell(w);
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
 * Rechecks in a row at most, where one moved a place (recheckNearScreen): each is a layout of the
 * page, which the frame would compute anyway.
 */
const RECHECKS = 3;

/**
 * Tells every chart at once whether it is near the screen now, as the observer would in a frame's
 * time. For a page just changed and moved (a unit opened at the top of its view, app/revealView):
 * called from a layout effect, the charts the reader lands on draw in the same frame as the rest
 * of the view, instead of showing the unit left for a frame until the observer reports. Reads the
 * layout the frame would compute anyway.
 *
 * A panel told it is on the screen takes the new view, and may change its height as it does: the
 * country's map (900 px) is gone at a province, whose communes no map draws, and the levels, the
 * trend and the dossiers' status below it come up onto the screen. They were told they were below
 * it, and took the province's view a pass later, busy meanwhile (50-60 ms after a drill from the
 * country at 100k rows). So where a place changed, the places are asked again once React has
 * rendered what this told (a microtask, after React has rendered what a layout effect set), and
 * what they are told is rendered at once, until none changes.
 */
export function recheckNearScreen(): void {
  recheck(RECHECKS, false);
}

/** Places every watched element, `times` times at most in a row; `atOnce`: what is told is
 * rendered before this returns (from a microtask: a layout effect's updates React renders before
 * the frame anyway, and flushSync is not allowed in one). */
function recheck(times: number, atOnce: boolean): void {
  if (typeof window === 'undefined') return;
  const height = window.innerHeight;
  let moved = false;
  const place = () => {
    for (const [el, w] of watched) {
      const r = el.getBoundingClientRect();
      const box = el.getClientRects().length > 0;
      const near = box && r.bottom >= -MARGIN_PX && r.top <= height + MARGIN_PX;
      const on = box && r.bottom >= 0 && r.top <= height;
      if (near !== w.near || on !== w.on) moved = true;
      w.near = near;
      w.on = on;
      tell(w);
    }
  };
  if (atOnce) flushSync(place); else place();
  if (moved && times > 1) queueMicrotask(() => recheck(times - 1, true));
}

const supported = () => typeof IntersectionObserver !== 'undefined';

interface Nearness extends ScreenPlace { epoch: number }

/** Watches an element with both observers until the returned function is called. */
function watch(el: Element, listener: Listener): () => void {
  watchPrint();
  watched.set(el, { listener, near: false, on: false });
  const both = observers();
  for (const o of both) o.observe(el);
  return () => { for (const o of both) o.unobserve(el); watched.delete(el); };
}

/** A place as told by the observers, and the listener that tells it. */
function usePlace(): [ScreenPlace, Listener] {
  const [nearness, setNearness] = useState<Nearness>(() => ({ near: !supported() || printing, on: !supported() || printing, epoch: layoutEpoch }));
  // A chart far from the screen stays as it is (far, whatever the layout); one near it is told
  // again after a move, so that it draws. The layout told of is the one when told.
  const setPlace = useCallback(({ near, on }: ScreenPlace) => {
    const epoch = layoutEpoch;
    setNearness((s) => (s.near === near && s.on === on && (!near || s.epoch === epoch) ? s : { near, on, epoch }));
  }, []);
  const current = nearness.epoch === layoutEpoch || !supported();
  return [{ near: nearness.near && current, on: nearness.on && current }, setPlace];
}

/** Where the element is (ScreenPlace). Without an observer (an old browser, a test DOM) it is on the screen. */
export function useScreenPlace(ref: RefObject<Element | null>): ScreenPlace {
  const [place, setPlace] = usePlace();
  // Watched from the commit that puts the element in (a layout effect), so that a parent's layout
  // effect in the same commit may ask at once (recheckNearScreen).
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !supported()) return;
    return watch(el, setPlace);
  }, [ref, setPlace]);
  return place;
}

/**
 * Where the first element inside `wrap` is: for a wrapper without a box of its own (`display:
 * contents`) around a panel, whose element may come, go or change from one commit to the next
 * (its code loading, a panel with nothing to show). Until an element is told of, it is off the
 * screen.
 */
export function useFirstChildPlace(wrap: RefObject<Element | null>): ScreenPlace {
  const [place, setPlace] = usePlace();
  const watching = useRef<{ el: Element; stop: () => void } | null>(null);
  useLayoutEffect(() => {
    const el = wrap.current?.firstElementChild ?? null;
    if (watching.current?.el === el || !supported()) return;
    watching.current?.stop();
    watching.current = el ? { el, stop: watch(el, setPlace) } : null;
  });
  useLayoutEffect(() => () => { watching.current?.stop(); watching.current = null; }, []);
  return place;
}

/** Whether the element is on the screen or near it (useScreenPlace). */
export function useNearScreen(ref: RefObject<Element | null>): boolean {
  return useScreenPlace(ref).near;
}
