// What an empty comparison or ranking says of the unit's children when it shows none of them:
// still loading (the unit's part of a partitioned dataset on its way), or at other levels, each a
// click away (model/views/childLevels.ts).
import { useApp } from './appContext';
import { partPending } from '../model/views/childLevels';
import type { Model } from '../model/model';
import { levelName, type Locale } from '../i18n/messages';

/** The panel shows no child while a load brings the unit's part: its children are loading, not absent. */
export function useChildrenLoading(model: Model, unit: string, empty: boolean): boolean {
  const loading = useApp((s) => s.loading !== null);
  return loading && empty && partPending(model, unit);
}

/** The levels at which the children have the view's indicator, each a choice of it. */
export function LevelChoices({ levels, indicator, locale, onSelectLevel }: {
  levels: readonly string[]; indicator: string; locale: Locale; onSelectLevel: (level: string, indicator: string) => void;
}) {
  const { m } = locale;
  return (
    <p className="panel__hint">
      {m.otherLevels}{' '}
      {levels.map((l) => <button key={l} type="button" className="chip" onClick={() => onSelectLevel(l, indicator)}>{levelName(l, m)}</button>)}
    </p>
  );
}
