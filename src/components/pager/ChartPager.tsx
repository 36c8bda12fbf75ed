// The pages of a long chart: where the reader is ("Hạng 21–40 trong 168 đơn vị"), the first,
// previous, next and last page, and every row at once. Nothing when the list is short.
import { useLocale } from '../appContext';
import type { RowPaging } from './useRowPage';
import './pager.css';

export function ChartPager({ paging, ranked }: { paging: RowPaging; ranked: boolean }) {
  const { m } = useLocale();
  const { page, go, showAll } = paging;
  if (!page.paged) return null;
  const where = page.all ? m.pager.allShown(page.total) : (ranked ? m.pager.ranked : m.pager.rows)(page.from + 1, page.to, page.total);
  const step = (label: string, to: number, text: string) => (
    <button type="button" className="button pager__step" aria-label={label} title={label} disabled={to === page.page || to < 0 || to >= page.pages} onClick={() => go(to)}>{text}</button>
  );
  return (
    <nav className="pager" aria-label={m.pager.label}>
      {!page.all && (
        <span className="pager__steps">
          {step(m.pager.first, 0, '«')}
          {step(m.pager.previous, page.page - 1, '‹')}
        </span>
      )}
      <span className="pager__where" aria-live="polite">{where}</span>
      {!page.all && (
        <span className="pager__steps">
          {step(m.pager.next, page.page + 1, '›')}
          {step(m.pager.last, page.pages - 1, '»')}
        </span>
      )}
      <button type="button" className="link pager__all" onClick={() => showAll(!page.all)}>{page.all ? m.pager.byPage : m.pager.showAll}</button>
    </nav>
  );
}
