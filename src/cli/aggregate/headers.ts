// Which column of a dossier list is which: header names as one-stop systems export them, in
// Vietnamese or English, matched case- and diacritics-insensitively (`Ngày tiếp nhận`,
// `NGAY TIEP NHAN`, `received_at` alike).
import { keyOf } from '../../data/text';

/** The fields of a dossier, as the staging table holds them (raw text). */
export const FIELDS = ['dossier_id', 'unit', 'procedure', 'field', 'channel', 'level', 'province', 'received_at', 'due_at', 'resolved_at'] as const;
export type Field = (typeof FIELDS)[number];

/**
 * Header names of each field, as keys (`keyOf`: folded, spaces as `_`), best first: where a
 * file has two columns for one field (a unit's code and its name), the earlier alias wins.
 * Headers abbreviate as officials write them: `HS` (hồ sơ), `KQ` (kết quả), `TTHC` (thủ tục
 * hành chính).
 */
export const HEADER_ALIASES: Record<Field, string[]> = {
  dossier_id: ['ma_ho_so', 'so_ho_so', 'ma_so_ho_so', 'ma_hs', 'so_hs', 'dossier_id', 'dossier_code', 'dossier_no', 'dossier'],
  unit: [
    'ma_don_vi', 'ma_co_quan', 'unit_code', 'unit_id',
    'don_vi', 'co_quan', 'ten_don_vi', 'ten_co_quan', 'don_vi_tiep_nhan', 'co_quan_tiep_nhan', 'don_vi_giai_quyet', 'co_quan_giai_quyet', 'don_vi_xu_ly', 'co_quan_thuc_hien', 'don_vi_thuc_hien', 'unit', 'unit_name', 'agency',
  ],
  procedure: ['thu_tuc', 'ten_thu_tuc', 'thu_tuc_hanh_chinh', 'ten_thu_tuc_hanh_chinh', 'ma_thu_tuc', 'tthc', 'ten_tthc', 'ma_tthc', 'procedure', 'procedure_name', 'procedure_code'],
  field: ['linh_vuc', 'ten_linh_vuc', 'field'],
  channel: ['hinh_thuc_nop', 'hinh_thuc_tiep_nhan', 'kenh', 'kenh_nop', 'kenh_tiep_nhan', 'hinh_thuc', 'channel'],
  level: ['cap', 'cap_don_vi', 'cap_hanh_chinh', 'level'],
  province: ['ma_tinh', 'province_code', 'tinh', 'tinh/thanh_pho', 'tinh_thanh_pho', 'tinh_thanh', 'tinh_tp', 'province'],
  received_at: ['ngay_tiep_nhan', 'ngay_nhan', 'ngay_nop', 'thoi_gian_tiep_nhan', 'ngay_tiep_nhan_ho_so', 'ngay_tiep_nhan_hs', 'ngay_nhan_ho_so', 'ngay_nhan_hs', 'ngay_nop_ho_so', 'received_at', 'received_date', 'received'],
  due_at: ['ngay_hen_tra', 'ngay_hen_tra_ket_qua', 'ngay_hen_tra_kq', 'han_giai_quyet', 'thoi_han_giai_quyet', 'han_xu_ly', 'han_tra_ket_qua', 'han_tra_kq', 'due_at', 'due_date', 'due'],
  resolved_at: ['ngay_co_ket_qua', 'ngay_co_kq', 'ngay_tra_ket_qua', 'ngay_tra_kq', 'ngay_hoan_thanh', 'ngay_hoan_thanh_xu_ly', 'ngay_ket_thuc_xu_ly', 'ngay_ket_thuc', 'ngay_giai_quyet', 'resolved_at', 'resolved_date', 'resolved'],
};

/** Fields a file must have: without them no figure can be computed. */
export const REQUIRED_FIELDS: Field[] = ['unit', 'received_at', 'due_at', 'resolved_at'];

/** English names of the fields, for messages. */
export const FIELD_LABEL: Record<Field, string> = {
  dossier_id: 'Mã hồ sơ / dossier_id', unit: 'Đơn vị / unit', procedure: 'Thủ tục / procedure', field: 'Lĩnh vực / field',
  channel: 'Hình thức nộp / channel', level: 'Cấp / level', province: 'Tỉnh / province', received_at: 'Ngày tiếp nhận / received_at',
  due_at: 'Ngày hẹn trả / due_at', resolved_at: 'Ngày có kết quả / resolved_at',
};

export const KNOWN_DOSSIER_HEADERS: ReadonlySet<string> = new Set([...Object.values(HEADER_ALIASES).flat(), 'stt', 'ghi_chu', 'note']);

/** A header cell as a key: `Tỉnh/Thành phố` → `tinh/thanh_pho`. */
export const headerKey = (h: string) => keyOf(h.replace(/^\ufeff/, ''));

/** Each field's column (0-based) in a header, by the best alias present. */
export function mapHeader(header: readonly string[]): Map<Field, number> {
  const keys = header.map(headerKey);
  const out = new Map<Field, number>();
  for (const f of FIELDS) {
    for (const alias of HEADER_ALIASES[f]) {
      const i = keys.indexOf(alias);
      if (i !== -1 && ![...out.values()].includes(i)) { out.set(f, i); break; }
    }
  }
  return out;
}

/** How many cells of a row are dossier headers we know (to find the header under a title). */
export function knownCount(cells: readonly string[]): number {
  return cells.filter((c) => KNOWN_DOSSIER_HEADERS.has(headerKey(c))).length;
}
