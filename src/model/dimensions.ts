// The built-in dimension catalogue: the breakdowns users' files name (DESIGN.md, README), their
// values with names in both languages, and which sets of values make the whole. A dataset's
// dimensions.csv extends it.
//
// Whether parts add up to a total is decided here, per dimension:
// - `seen`: the values a unit reports in a period are its whole (`level`: a province has district
//   desks before 1/7/2025 and none after, so no fixed list can say which levels it must have);
// - `sets`: the parts are the whole when every value of one complete set is present (`channel`:
//   direct, online and postal; `service_level`: levels 1–2, 3 and 4, or 1, 2, 3 and 4);
// - `open`: a list that is often partial (`field`: "mostly land and civil status…"), added up only
//   where a printed total equal to its parts proves it complete.
import type { DimensionValueRecord } from '../data/types';

export type Wholeness = 'seen' | 'sets' | 'open';

export interface DimensionSpec {
  id: string;
  nameVi: string;
  nameEn: string;
  wholeness: Wholeness;
}

export const BUILTIN_DIMENSIONS: readonly DimensionSpec[] = [
  { id: 'level', nameVi: 'Cấp', nameEn: 'Level', wholeness: 'seen' },
  { id: 'channel', nameVi: 'Hình thức nộp', nameEn: 'Channel', wholeness: 'sets' },
  { id: 'service_level', nameVi: 'Mức độ dịch vụ công', nameEn: 'Service level', wholeness: 'sets' },
  { id: 'field', nameVi: 'Lĩnh vực', nameEn: 'Field', wholeness: 'open' },
];

type Spec = [value: string, nameVi: string, nameEn: string, complete: string[]];
const values = (dimension: string, ...specs: Spec[]): DimensionValueRecord[] =>
  specs.map(([value, nameVi, nameEn, complete]) => ({ dimension, value, nameVi, nameEn, complete, aliases: [] }));

export const BUILTIN_DIMENSION_VALUES: readonly DimensionValueRecord[] = [
  ...values('level',
    ['tinh', 'Cấp tỉnh', 'Province level', ['all']],
    ['huyen', 'Cấp huyện', 'District level', ['all']],
    ['xa', 'Cấp xã', 'Commune level', ['all']],
    ['so_nganh', 'Sở, ngành', 'Departments', ['all']],
  ),
  ...values('channel',
    ['truc_tiep', 'Trực tiếp', 'In person', ['all']],
    ['truc_tuyen', 'Trực tuyến', 'Online', ['all']],
    ['buu_chinh', 'Bưu chính', 'By post', ['all']],
  ),
  ...values('service_level',
    ['muc_1_2', 'Mức độ 1, 2', 'Levels 1–2', ['3 mức']],
    ['muc_1', 'Mức độ 1', 'Level 1', ['4 mức']],
    ['muc_2', 'Mức độ 2', 'Level 2', ['4 mức']],
    ['muc_3', 'Mức độ 3', 'Level 3', ['3 mức', '4 mức']],
    ['muc_4', 'Mức độ 4', 'Level 4', ['3 mức', '4 mức']],
    // Since Decree 42/2022: fully or partly online. Not a partition of every procedure (some are
    // neither), so no complete set.
    ['toan_trinh', 'Toàn trình', 'Fully online', []],
    ['mot_phan', 'Một phần', 'Partly online', []],
  ),
];

/** The catalogue of one dataset: the built-in one with the dataset's declared values. */
export class DimensionCatalogue {
  private readonly specs = new Map<string, DimensionSpec>();
  private readonly byDimension = new Map<string, DimensionValueRecord[]>();

  constructor(declared: readonly DimensionValueRecord[] = []) {
    for (const s of BUILTIN_DIMENSIONS) this.specs.set(s.id, s);
    for (const v of [...BUILTIN_DIMENSION_VALUES, ...declared]) {
      const list = this.byDimension.get(v.dimension) ?? [];
      const at = list.findIndex((x) => x.value === v.value);
      // A declared value overrides the built-in one of the same id.
      if (at >= 0) list[at] = { ...v, aliases: [...list[at].aliases, ...v.aliases] }; else list.push(v);
      this.byDimension.set(v.dimension, list);
    }
    for (const [dim, list] of this.byDimension) {
      if (this.specs.has(dim)) continue;
      // A dimension the dataset declares: whole where it marks complete values, else open.
      this.specs.set(dim, { id: dim, nameVi: dim, nameEn: dim, wholeness: list.some((v) => v.complete.length > 0) ? 'sets' : 'open' });
    }
  }

  /** How a breakdown by this dimension is known to be the whole (`open` for any dimension not in the catalogue). */
  wholeness(dimension: string): Wholeness {
    return this.specs.get(dimension)?.wholeness ?? 'open';
  }

  /** The complete sets of values, each sorted (for `sets` dimensions). */
  completeSets(dimension: string): string[][] {
    const sets = new Map<string, string[]>();
    for (const v of this.byDimension.get(dimension) ?? []) for (const s of v.complete) (sets.get(s) ?? sets.set(s, []).get(s)!).push(v.value);
    return [...sets.values()].map((s) => s.sort());
  }

  values(dimension: string): readonly DimensionValueRecord[] {
    return this.byDimension.get(dimension) ?? [];
  }

  /** A value's name for the UI (its code where the catalogue does not know it). */
  valueName(dimension: string, value: string, lang: 'vi' | 'en' = 'vi'): string {
    const v = this.byDimension.get(dimension)?.find((x) => x.value === value);
    return v ? (lang === 'en' ? v.nameEn : v.nameVi) : value;
  }

  dimensionName(dimension: string, lang: 'vi' | 'en' = 'vi'): string {
    const s = this.specs.get(dimension);
    return s ? (lang === 'en' ? s.nameEn : s.nameVi) : dimension;
  }
}
