// The mark on a figure a check flags: an icon, the check's title (visible, or as the link's name
// and tooltip where space is tight) and a link to its entry in the data-quality panel.
import type { FigureFlag } from '../../model/views/flags';
import type { Locale } from '../../i18n/messages';
import { problemTitle } from '../../i18n/problems';
import { focusQualityItem } from './focusQuality';
import './flags.css';

export const FLAG_ICON = { error: '✗', warning: '⚠', info: 'i' } as const;

/** `Cảnh báo: Tỷ lệ không khớp với tổng suy ra` (and how many more). */
export function flagLabel(flags: readonly FigureFlag[], locale: Locale): string {
  const [f] = flags;
  const more = flags.length > 1 ? ` (${locale.m.flagMore(flags.length - 1)})` : '';
  return `${locale.m.flagSeverity[f.severity]}: ${problemTitle(f.code, locale.lang)}${more}`;
}

export function FlagMark({ flags, locale, compact = false }: { flags: readonly FigureFlag[] | undefined; locale: Locale; compact?: boolean }) {
  if (!flags || flags.length === 0) return null;
  const [f] = flags;
  const label = flagLabel(flags, locale);
  return (
    <a
      href={`#${f.id}`} className={`flag flag--${f.severity}${compact ? ' flag--compact' : ''}`} title={`${label} — ${locale.m.flagSee}`}
      aria-label={compact ? `${label} — ${locale.m.flagSee}` : undefined}
      onClick={(e) => { e.preventDefault(); focusQualityItem(f.id); }}
    >
      <span aria-hidden="true" className="flag__icon">{FLAG_ICON[f.severity]}</span>
      {!compact && <span className="flag__text">{label} · <span className="flag__see">{locale.m.flagSee}</span></span>}
    </a>
  );
}
