// The indicators a leader looks at first, in card order (DESIGN.md: received, resolution rate,
// on-time rate, online dossier rate, fully-online services, satisfaction, digitisation).
export const HEADLINE_INDICATORS = [
  'received',
  'resolution_rate',
  'on_time_rate',
  'online_dossier_rate',
  'online_full_rate',
  'satisfaction_rate',
  'digitized_result_rate',
  'digitized_dossier_rate',
] as const;

export const MAX_KPI_CARDS = 8;

/** Order of the `level` dimension's usual values: province, district, commune desks, departments. */
export const LEVEL_ORDER = ['tinh', 'huyen', 'xa', 'so_nganh'] as const;

export function compareLevels(a: string, b: string): number {
  const ia = (LEVEL_ORDER as readonly string[]).indexOf(a);
  const ib = (LEVEL_ORDER as readonly string[]).indexOf(b);
  if (ia !== ib) return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib);
  return a.localeCompare(b);
}
