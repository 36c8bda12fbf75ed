// The pager's words, in its own chunk (it is loaded only for a long list, not with the first screen).
import type { Lang } from '../../i18n/format';
import { grouped as group } from '../../i18n/count';

const vi = {
  ranked: (from: number, to: number, total: number) => `Hạng ${group(from, '.')}–${group(to, '.')} trong ${group(total, '.')} đơn vị`,
  allShown: (total: number) => `Cả ${group(total, '.')} đơn vị`,
  previous: 'Trang trước', next: 'Trang sau', first: 'Trang đầu', last: 'Trang cuối',
  showAll: 'Xem tất cả', byPage: 'Xem từng trang',
  label: 'Các trang của biểu đồ',
  tableLabel: 'Các trang của bảng',
};

const en: typeof vi = {
  ranked: (from, to, total) => `Ranks ${group(from, ',')}–${group(to, ',')} of ${group(total, ',')} units`,
  allShown: (total) => `All ${group(total, ',')} units`,
  previous: 'Previous page', next: 'Next page', first: 'First page', last: 'Last page',
  showAll: 'Show all', byPage: 'Show by page',
  label: 'Pages of the chart',
  tableLabel: 'Pages of the table',
};

export const pagerTexts = (lang: Lang) => (lang === 'en' ? en : vi);
