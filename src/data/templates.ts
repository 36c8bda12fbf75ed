// Blank templates for the reform office, headed in Vietnamese with names the reader knows:
// the tidy file (one figure per row), the office's wide sheet (one column per figure) as CSV and
// as .xlsx, and the plan's targets. Each reads back with no problem once its rows are filled
// (src/data/templates.test.ts).
import { xlsxBytes } from './xlsxWrite';

export interface Template {
  /** The file's name as downloaded. */
  file: string;
  header: readonly string[];
}

/** One figure per row: the dataset contract's observations.csv, in Vietnamese. */
export const TIDY_TEMPLATE: Template = {
  file: 'mau-so-lieu-theo-dong.csv',
  header: ['Kỳ báo cáo', 'Đơn vị', 'Chỉ tiêu', 'Giá trị', 'Tử số', 'Mẫu số', 'Cấp', 'Kênh', 'Mức độ dịch vụ công', 'Lĩnh vực', 'Nguồn', 'Ghi chú'],
};

/** One row per unit and period, one column per figure: as offices keep their monthly sheet. */
export const WIDE_TEMPLATE: Template = {
  file: 'mau-bao-cao-giai-quyet-tthc.csv',
  header: [
    'STT', 'Đơn vị', 'Kỳ báo cáo',
    'Tổng số hồ sơ tiếp nhận', 'Tiếp nhận mới', 'Kỳ trước chuyển sang', 'Tiếp nhận trực tuyến',
    'Đã giải quyết', 'Trước hạn', 'Đúng hạn', 'Quá hạn', 'Đang giải quyết', 'Đang giải quyết quá hạn',
    'Tỷ lệ hài lòng (%)', 'Ghi chú',
  ],
};

/** The plan's targets: the contract's targets.csv, in Vietnamese. */
export const TARGETS_TEMPLATE: Template = {
  file: 'mau-ke-hoach-chi-tieu.csv',
  header: ['Kế hoạch', 'Kỳ', 'Đơn vị', 'Cấp', 'Chỉ tiêu', 'Phép so sánh', 'Giá trị', 'Ghi chú'],
};

const quoteCsv = (cell: string) => (/[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** A template's text: UTF-8 with a BOM (Excel then shows Vietnamese right), comma-separated, CRLF. */
export function templateCsv(t: Template, rows: readonly (readonly string[])[] = []): string {
  return `\ufeff${[t.header, ...rows].map((r) => r.map(quoteCsv).join(',')).join('\r\n')}\r\n`;
}

/** The wide sheet as a workbook (a header row in bold that stays in view). */
export function wideTemplateXlsx(rows: readonly (readonly (string | number | null)[])[] = []): Uint8Array {
  return xlsxBytes({ name: 'Báo cáo TTHC', header: WIDE_TEMPLATE.header, rows });
}
