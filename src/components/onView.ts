// A panel that shows only part of the view (dossier status has no indicator) is not rendered again
// when another part changes: a new indicator leaves the status, online, satisfaction, service
// index and data-quality panels as they are, with their elements not even compared.
import { memo, type ComponentType } from 'react';
import type { ViewChoice } from '../model/views/defaults';

type ViewField = keyof ViewChoice;

/** Whether a panel given `after` would show what it showed given `before`: its other props are
 * the same objects and the view's `fields` the same values (pure: the test's spec). */
export function sameOnView<P extends object>(fields: readonly ViewField[]): (before: P, after: P) => boolean {
  return (before, after) => {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof P>;
    for (const key of keys) if (key !== 'view' && before[key] !== after[key]) return false;
    const a = (before as { view?: ViewChoice }).view;
    const b = (after as { view?: ViewChoice }).view;
    if (!a || !b) return a === b;
    return fields.every((f) => a[f] === b[f]);
  };
}

/** The panel, rendered again only when its props or the view's `fields` change. */
export function onView<P extends object>(panel: ComponentType<P>, fields: readonly ViewField[]) {
  return memo(panel, sameOnView<P>(fields));
}
