// The last few views a component computed, by key, for as long as what they were computed from
// (the model, the locale, the theme) stays the same. A drill in and back asks for the view it
// had: the same objects come back, so a chart whose option is the very one it drew does nothing
// (echarts-for-react compares options before it sets one).
import { useRef } from 'react';
import { RecentViews } from '../model/views/recentByModel';

export { RecentViews };

export function useRecent<T>(from: readonly unknown[], key: string, make: () => T): T {
  const recent = useRef<RecentViews<T> | null>(null);
  recent.current ??= new RecentViews<T>();
  return recent.current.get(from, key, make);
}
