// The band of a service-index total (Decision 766/QĐ-TTg scores out of 100). The cut points are a
// parameter: DEFAULT_BAND_CUTS are the usual ones, and a caller (or a later dataset setting) may
// pass its own.
export type BandId = 'excellent' | 'good' | 'fair' | 'average' | 'weak';

/** The lowest total of each band but the last (points out of 100); below `average` is `weak`. */
export interface BandCuts {
  excellent: number;
  good: number;
  fair: number;
  average: number;
}

/** Xuất sắc ≥ 90, Tốt 80 to < 90, Khá 70 to < 80, Trung bình 50 to < 70, Yếu < 50. */
export const DEFAULT_BAND_CUTS: Readonly<BandCuts> = Object.freeze({ excellent: 90, good: 80, fair: 70, average: 50 });

/** Best first. */
export const BANDS: readonly BandId[] = ['excellent', 'good', 'fair', 'average', 'weak'];

/** The band of a total; a total within a millionth of a cut point is on it (sums of decimals). */
export function bandOf(total: number, cuts: Readonly<BandCuts> = DEFAULT_BAND_CUTS): BandId {
  const at = (cut: number) => total >= cut - 1e-6;
  if (at(cuts.excellent)) return 'excellent';
  if (at(cuts.good)) return 'good';
  if (at(cuts.fair)) return 'fair';
  if (at(cuts.average)) return 'average';
  return 'weak';
}
