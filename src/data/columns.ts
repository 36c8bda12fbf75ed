// Which column is which, and which file is which: header names are matched case- and
// diacritics-insensitively, in English (the contract) or in the Vietnamese people write.
import { fold, keyOf } from './text';

export type Role = 'observations' | 'units' | 'indicators' | 'targets' | 'dimensions';

/** A row's parent hint, for telling the many `Huyện Châu Thành` apart: the province or district. */
const PARENT_ALIASES = ['parent', 'don_vi_cha', 'truc_thuoc', 'thuoc', 'tinh', 'tinh_thanh', 'tinh_thanh_pho', 'tinh_tp', 'province', 'huyen', 'quan_huyen', 'district'];

const ALIASES: Record<Role, Record<string, string[]>> = {
  observations: {
    period: ['period', 'ky', 'ky_bao_cao', 'thoi_gian', 'thoi_ky', 'giai_doan', 'ky_so_lieu'],
    unit: ['unit', 'don_vi', 'ma_don_vi', 'dia_phuong', 'co_quan', 'unit_code', 'ten_don_vi', 'don_vi_bao_cao', 'ten_dia_phuong', 'co_quan_don_vi'],
    parent: PARENT_ALIASES,
    indicator: ['indicator', 'chi_tieu', 'chi_so', 'ma_chi_tieu', 'indicator_id'],
    value: ['value', 'gia_tri', 'so_lieu', 'ket_qua'],
    numerator: ['numerator', 'tu_so'],
    denominator: ['denominator', 'mau_so'],
    qualifier: ['qualifier', 'dau', 'vi_tu'],
    source: ['source', 'nguon', 'nguon_so_lieu'],
    note: ['note', 'ghi_chu', 'notes'],
  },
  units: {
    code: ['code', 'ma', 'ma_don_vi'],
    name: ['name', 'ten', 'ten_don_vi'],
    type: ['type', 'loai', 'cap'],
    parent: ['parent', 'cha', 'ma_cha', 'don_vi_cha', 'truc_thuoc'],
    valid_from: ['valid_from', 'tu_ngay', 'hieu_luc_tu'],
    valid_to: ['valid_to', 'den_ngay', 'hieu_luc_den'],
    successor: ['successor', 'ke_thua', 'don_vi_ke_thua', 'sap_nhap_vao'],
  },
  indicators: {
    id: ['id', 'ma', 'ma_chi_tieu'],
    name_vi: ['name_vi', 'ten', 'ten_chi_tieu'],
    name_en: ['name_en', 'english_name'],
    kind: ['kind', 'loai'],
    unit: ['unit', 'don_vi_tinh', 'dvt'],
    numerator: ['numerator', 'tu_so'],
    denominator: ['denominator', 'mau_so'],
    better: ['better', 'chieu_tot'],
    group: ['group', 'nhom'],
    max: ['max', 'toi_da'],
    aliases: ['aliases', 'ten_khac'],
    additive: ['additive', 'cong_don', 'cong_duoc'],
  },
  targets: {
    plan: ['plan', 'ke_hoach', 'van_ban'],
    period: ['period', 'ky', 'nam', 'thoi_gian'],
    unit: ['unit', 'don_vi'],
    parent: PARENT_ALIASES,
    level: ['level', 'cap'],
    indicator: ['indicator', 'chi_tieu'],
    op: ['op', 'operator', 'phep_so_sanh'],
    value: ['value', 'gia_tri', 'muc_tieu', 'chi_tieu_ke_hoach'],
    note: ['note', 'ghi_chu'],
  },
  dimensions: {
    dimension: ['dimension', 'chieu', 'phan_to', 'ten_chieu'],
    value: ['value', 'gia_tri', 'ma', 'ma_gia_tri'],
    name_vi: ['name_vi', 'ten', 'ten_gia_tri'],
    name_en: ['name_en', 'english_name'],
    complete: ['complete', 'day_du', 'du_bo', 'toan_bo'],
    aliases: ['aliases', 'ten_khac'],
  },
};

/** Dimension columns with a canonical name. */
export const DIMENSION_ALIASES: Record<string, string[]> = {
  level: ['level', 'cap', 'cap_hanh_chinh', 'cap_giai_quyet'],
  field: ['field', 'linh_vuc', 'linh_vuc_tthc'],
  channel: ['channel', 'kenh', 'hinh_thuc', 'hinh_thuc_nop', 'hinh_thuc_tiep_nhan', 'kenh_tiep_nhan'],
  service_level: ['service_level', 'muc_do', 'muc_do_dvc', 'muc_do_dich_vu', 'muc_do_dich_vu_cong', 'muc_dvc', 'muc_do_dvctt'],
};

/** A row-number column (`STT`, `TT`, `No.`): skipped, never a dimension. */
const ROW_NUMBER = new Set(['stt', 'tt', 'no', 'no_', 'so_tt', 'so_thu_tu', 'thu_tu', '#', 'nr', 'row', 's_t_t']);
export function isRowNumberHeader(header: string): boolean {
  return ROW_NUMBER.has(keyOf(header).replace(/_+$/, '')) || ROW_NUMBER.has(keyOf(header));
}

/** The canonical dimension a header names, if it is a known one. */
export function knownDimension(header: string): string | null {
  const k = keyOf(header);
  return Object.entries(DIMENSION_ALIASES).find(([, names]) => names.includes(k))?.[0] ?? null;
}

export const REQUIRED: Record<Role, string[]> = {
  observations: ['period', 'unit', 'indicator', 'value'],
  units: ['code', 'name'],
  indicators: ['id', 'kind'],
  targets: ['period', 'indicator', 'op', 'value'],
  dimensions: ['dimension', 'value'],
};

/** Every header name we recognise, for delimiter detection. */
export const KNOWN_HEADERS: ReadonlySet<string> = new Set([
  ...Object.values(ALIASES).flatMap((fields) => Object.values(fields).flat()),
  ...Object.values(DIMENSION_ALIASES).flat(),
  'stt', 'tt',
]);

/**
 * Map each header cell to a field of the role (or, in an observations table, to a dimension
 * name; a row-number column is neither and is listed in `rowNumbers`).
 */
export function mapColumns(role: Role, header: string[]): { fields: Map<string, number>; dimensions: Map<string, number>; rowNumbers: number[] } {
  const fields = new Map<string, number>();
  const dimensions = new Map<string, number>();
  const rowNumbers: number[] = [];
  header.forEach((h, i) => {
    const k = keyOf(h);
    if (k === '') return;
    const field = Object.entries(ALIASES[role]).find(([, names]) => names.includes(k))?.[0];
    if (field && !fields.has(field)) { fields.set(field, i); return; }
    if (role !== 'observations') return;
    if (isRowNumberHeader(h)) { rowNumbers.push(i); return; }
    const dim = knownDimension(h) ?? k;
    if (!dimensions.has(dim)) dimensions.set(dim, i);
  });
  return { fields, dimensions, rowNumbers };
}

const ROLE_BY_NAME: [Role, RegExp][] = [
  ['dimensions', /(^|[^a-z])(dimensions?|danh_?muc_?chieu|phan_?to)([^a-z]|$)/],
  ['units', /(^|[^a-z])(units?|don_?vi|dia_?ban)([^a-z]|$)/],
  ['indicators', /(^|[^a-z])(indicators?|chi_?tieu_?dinh_?nghia|danh_?muc_?chi_?tieu)([^a-z]|$)/],
  ['targets', /(^|[^a-z])(targets?|muc_?tieu|ke_?hoach|plans?)([^a-z]|$)/],
  ['observations', /(^|[^a-z])(observations?|so_?lieu|du_?lieu|data)([^a-z]|$)/],
];

/** The role of a table: from a JSON key, else its file name, else its header. */
export function roleOf(fileName: string, jsonKey: string | null, header: string[]): Role | null {
  if (jsonKey !== null) {
    const k = keyOf(jsonKey);
    return (['observations', 'units', 'indicators', 'targets', 'dimensions'] as Role[]).find((r) => r === k) ?? null;
  }
  const base = fold(fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '')).replace(/[\s\-]+/g, '_');
  const byName = ROLE_BY_NAME.find(([, re]) => re.test(base))?.[0];
  const has = (role: Role) => REQUIRED[role].every((f) => mapColumns(role, header).fields.has(f));
  if (byName && (byName !== 'observations' || has('observations'))) return byName;
  for (const role of ['observations', 'targets', 'indicators', 'units'] as Role[]) if (has(role)) return role;
  return byName ?? null;
}

/** Canonical level codes: `tinh`, `huyen`, `xa`, `so_nganh` (each text read once: files repeat them). */
const levels = new Map<string, string>();
export function canonicalLevel(value: string): string {
  let c = levels.get(value);
  if (c === undefined) {
    if (levels.size > 1000) levels.clear();
    levels.set(value, (c = levelOf(value)));
  }
  return c;
}

function levelOf(value: string): string {
  const k = keyOf(value);
  if (['tinh', 'cap_tinh', 'province', 'thanh_pho_truc_thuoc_trung_uong'].includes(k)) return 'tinh';
  if (['huyen', 'cap_huyen', 'district', 'quan', 'thi_xa'].includes(k)) return 'huyen';
  if (['xa', 'cap_xa', 'commune', 'phuong', 'thi_tran', 'xa_phuong'].includes(k)) return 'xa';
  if (['so_nganh', 'so', 'nganh', 'agency', 'department', 'so_ban_nganh'].includes(k)) return 'so_nganh';
  return k;
}
