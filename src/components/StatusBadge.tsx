// Target status: icon, word and colour together (never colour alone).
import type { StatusKind } from '../model/views/value';
import { STATUS_ICON } from '../i18n/messages';
import { useLocale } from './appContext';

export function StatusBadge({ status, compact = false }: { status: StatusKind; compact?: boolean }) {
  const { m } = useLocale();
  const word = m.status[status];
  const long = m.statusLong[status];
  return (
    <span className={`badge badge--${status}`} title={long}>
      <span className="badge__icon" aria-hidden="true">{STATUS_ICON[status]}</span>
      {status === 'none' || status === 'no-data'
        ? <span className="sr-only">{long}</span>
        : <span className={compact ? 'badge__word badge__word--compact' : 'badge__word'}>{word}</span>}
    </span>
  );
}
