// A panel off the screen takes a new view a pass later: a deferred value, rendered after the frame
// that shows the change, in slices that yield to the browser. On the screen (or printed, or brought
// back by Back or Forward), at once.
// Meanwhile it keeps what it showed, marked busy (aria-busy), without being rendered again. A filter
// change at the top of a province's page computed and rendered every panel below the comparison
// in its task (the dossiers' status, online services, satisfaction, levels, trend, the map), two
// screens under the fold, before the browser could show the change. A unit opened at the top of its
// view (a drill) is placed anew before its frame (recheckNearScreen): the panels it lands on show it
// in that frame. A view restored by Back or Forward is shown whole at once: the browser puts the
// reader back where they were, which the heights of every panel above them say.
import { createElement, useDeferredValue, useMemo, useRef, type ComponentType } from 'react';
import { useFirstChildPlace, usePrinting } from './useNearScreen';

/**
 * `panel` drawn with `view`'s fields and `props` (both kept by identity: a new object is a new
 * view); a panel that is not on the screen is given a new one a pass later, unless `atOnce`: a
 * view brought back by Back or Forward, or one that places the panels below (the comparison's
 * new unit, app/App.tsx).
 */
export function LaterOffScreen<V extends object, P extends object>({ panel, view, props, atOnce = false }: { panel: ComponentType<V & P>; view: V; props: P; atOnce?: boolean }) {
  const wrap = useRef<HTMLDivElement>(null);
  const place = useFirstChildPlace(wrap);
  const printing = usePrinting();
  const later = useDeferredValue(view);
  const shown = place.on || printing || atOnce ? view : later;
  // The same element while the view shown is the same: React leaves the panel as it is.
  const drawn = useMemo(() => createElement(panel, { ...shown, ...props }), [panel, shown, props]);
  return <div ref={wrap} className="later-off-screen" aria-busy={shown !== view || undefined}>{drawn}</div>;
}
