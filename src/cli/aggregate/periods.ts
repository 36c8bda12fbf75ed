// The periods a dossier log covers: every month from the first to the last month in which a
// dossier was received, and the quarters and years all of whose months are among them.

export interface PeriodRow {
  period_key: string;
  kind: 'month' | 'quarter' | 'year';
  start_date: string;
  end_date: string;
}

const two = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Months, quarters and years between two ISO dates (the first and last received dates). */
export function coveredPeriods(first: string, last: string): PeriodRow[] {
  const [y0, m0] = first.split('-').map(Number);
  const [y1, m1] = last.split('-').map(Number);
  const from = y0 * 12 + (m0 - 1);
  const to = y1 * 12 + (m1 - 1);
  const months: PeriodRow[] = [];
  const quarters: PeriodRow[] = [];
  const years: PeriodRow[] = [];
  for (let k = from; k <= to; k++) {
    const y = Math.floor(k / 12);
    const m = (k % 12) + 1;
    months.push({ period_key: `${y}-${two(m)}`, kind: 'month', start_date: `${y}-${two(m)}-01`, end_date: `${y}-${two(m)}-${two(lastDay(y, m))}` });
    if (m % 3 === 0 && k - 2 >= from) {
      const q = m / 3;
      quarters.push({ period_key: `${y}-Q${q}`, kind: 'quarter', start_date: `${y}-${two(m - 2)}-01`, end_date: `${y}-${two(m)}-${two(lastDay(y, m))}` });
    }
    if (m === 12 && k - 11 >= from) years.push({ period_key: String(y), kind: 'year', start_date: `${y}-01-01`, end_date: `${y}-12-31` });
  }
  return [...months, ...quarters, ...years];
}
