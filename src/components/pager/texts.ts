// The pager's words, in its own chunk (it is loaded only for a long list, not with the first screen).
import type { Lang } from '../../i18n/format';

const vi = {
  ranked: (from: number, to: number, total: number) => `Hạng ${from}–${to} trong ${total} đơn vị`,
  allShown: (total: number) => `Cả ${total} đơn vị`,
  previous: 'Trang trước', next: 'Trang sau', first: 'Trang đầu', last: 'Trang cuối',
  showAll: 'Xem tất cả', byPage: 'Xem từng trang',
  label: 'Các trang của biểu đồ',
  tableLabel: 'Các trang của bảng',
};

const en: typeof vi = {
  ranked: (from, to, total) => `Ranks ${from}–${to} of ${total} units`,
  allShown: (total) => `All ${total} units`,
  previous: 'Previous page', next: 'Next page', first: 'First page', last: 'Last page',
  showAll: 'Show all', byPage: 'Show by page',
  label: 'Pages of the chart',
  tableLabel: 'Pages of the table',
};

export const pagerTexts = (lang: Lang) => (lang === 'en' ? en : vi);
