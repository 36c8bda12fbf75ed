// Where the unit sits: root → … → unit; each ancestor climbs back up.
import type { Model } from '../model/model';
import type { Locale } from '../i18n/messages';

export function Breadcrumb({ model, unit, locale, onSelect }: { model: Model; unit: string; locale: Locale; onSelect: (unit: string) => void }) {
  const path = model.tree.path(unit);
  return (
    <nav className="breadcrumb" aria-label={locale.m.breadcrumb}>
      <ol>
        {path.map((code, i) => (
          <li key={code}>
            {i === path.length - 1
              ? <span aria-current="page" className="breadcrumb__current">{model.unitName(code, locale.lang)}</span>
              : <button type="button" className="link" onClick={() => onSelect(code)}>{model.unitName(code, locale.lang)}</button>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
