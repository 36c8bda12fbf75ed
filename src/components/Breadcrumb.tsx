// Where the unit sits: root → … → unit; each ancestor climbs back up.
import type { Model } from '../model/model';
import type { Locale } from '../i18n/messages';

export function Breadcrumb({ model, unit, locale, onSelect }: { model: Model; unit: string; locale: Locale; onSelect: (unit: string) => void }) {
  const path = model.tree.path(unit);
  // Under today's units an old unit sits under the one that took it in, often of the same name.
  const name = (code: string) => `${model.unitName(code, locale.lang)}${model.tree.moved.has(code) ? ` ${locale.m.oldSuffix}` : ''}`;
  return (
    <nav className="breadcrumb" aria-label={locale.m.breadcrumb}>
      <ol>
        {path.map((code, i) => (
          <li key={code}>
            {i === path.length - 1
              ? <span aria-current="page" className="breadcrumb__current">{name(code)}</span>
              : <button type="button" className="link" onClick={() => onSelect(code)}>{name(code)}</button>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
