// Where the unit sits: root → … → unit; each ancestor climbs back up. The unit's own name takes
// the keyboard's focus when the reader has chosen a unit on the page (see app/revealView.ts).
import type { Ref } from 'react';
import type { Model } from '../model/model';
import type { Locale } from '../i18n/messages';

export interface BreadcrumbProps {
  model: Model;
  unit: string;
  locale: Locale;
  onSelect: (unit: string) => void;
  currentRef?: Ref<HTMLSpanElement>;
}

export function Breadcrumb({ model, unit, locale, onSelect, currentRef }: BreadcrumbProps) {
  const path = model.tree.path(unit);
  // Under today's units an old unit sits under the one that took it in, often of the same name.
  const name = (code: string) => `${model.unitName(code, locale.lang)}${model.tree.moved.has(code) ? ` ${locale.m.oldSuffix}` : ''}`;
  return (
    <nav className="breadcrumb" aria-label={locale.m.breadcrumb}>
      <ol>
        {path.map((code, i) => (
          <li key={code}>
            {i === path.length - 1
              ? <span aria-current="page" className="breadcrumb__current" tabIndex={-1} ref={currentRef}>{name(code)}</span>
              : <button type="button" className="link" onClick={() => onSelect(code)}>{name(code)}</button>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
