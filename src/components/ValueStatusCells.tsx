// The four cells a comparison table gives each row: value, target, gap, status.
import type { StatusView, ValueView } from '../model/views/value';
import type { Locale } from '../i18n/messages';
import { StatusBadge } from './StatusBadge';
import { gapLabel, targetLabel, valueLabel } from './format';
import { FlagMark } from './flags/FlagMark';

export function ValueStatusCells({ value, status, kind, locale }: { value: ValueView | null; status: StatusView; kind: ValueView['kind']; locale: Locale }) {
  return (
    <>
      <td className="num">{valueLabel(value, locale)}<FlagMark flags={value?.flags} locale={locale} compact /></td>
      <td className="num">{status.target ? targetLabel(status.target, kind, locale) : '—'}</td>
      <td className="num">{status.gap !== null ? gapLabel(status.gap, kind, locale) : '—'}</td>
      <td><StatusBadge status={status.status} compact /></td>
    </>
  );
}
