// The pages of a long chart or table: where the reader is ("Hạng 21–40 trong 168 đơn vị"), the first,
// previous, next and last page, and every row at once. Loaded with its words only for a long
// list (Pager.tsx), so the first screen does not carry it.
import { useLocale } from '../appContext';
import type { RowPaging } from './useRowPage';
import { pagerTexts } from './texts';
import './pager.css';

export function ChartPager({ paging, ranked, of }: { paging: RowPaging; ranked: boolean; of: 'chart' | 'table' }) {
  const { m, lang } = useLocale();
  const t = pagerTexts(lang);
  const { page, go, showAll } = paging;
  const where = page.all ? t.allShown(page.total) : (ranked ? t.ranked : m.rowsOfList)(page.from + 1, page.to, page.total);
  const step = (label: string, to: number, text: string) => (
    <button type="button" className="button pager__step" aria-label={label} title={label} disabled={to === page.page || to < 0 || to >= page.pages} onClick={() => go(to)}>{text}</button>
  );
  return (
    <nav className={`pager pager--${of}`} aria-label={of === 'table' ? t.tableLabel : t.label}>
      {!page.all && (
        <span className="pager__steps">
          {step(t.first, 0, '«')}
          {step(t.previous, page.page - 1, '‹')}
        </span>
      )}
      <span className="pager__where" aria-live="polite">{where}</span>
      {!page.all && (
        <span className="pager__steps">
          {step(t.next, page.page + 1, '›')}
          {step(t.last, page.pages - 1, '»')}
        </span>
      )}
      <button type="button" className="link pager__all" onClick={() => showAll(!page.all)}>{page.all ? t.byPage : t.showAll}</button>
    </nav>
  );
}
