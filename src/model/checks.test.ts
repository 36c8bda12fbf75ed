// The checker knows the index arithmetic of Decision 766/QĐ-TTg: a group above its maximum, and
// groups that do not add up to the printed service index, each reported at the figure's cell.
import { describe, expect, it } from 'vitest';
import { loadFixture, loadTexts } from '../../test/helpers';
import { checkReport } from '../cli/report';

const FIXTURE = 'fixtures/service-index';
/** The file its index.json lists (data:check reads the folder the same way). */
const FILE = `${FIXTURE}/observations.csv`;

describe('service-index checks', () => {
  it('data:check on fixtures/service-index: the over-maximum group and the sum mismatch, as warnings at their cells', () => {
    // checkReport is what `data:check --json` prints, from the same reader and model.
    const report = checkReport(loadFixture(FILE));
    expect(report.ok).toBe(true);
    expect(report.problems.filter((p) => p.severity !== 'info')).toEqual([
      {
        severity: 'warning', file: `${FIXTURE}/observations.csv`, line: 9, column: 4, code: 'index-sum-mismatch',
        message: 'Tỉnh Quảng Ninh 2025: service_index 88,00 but its six groups add up to 87,50',
      },
      {
        severity: 'warning', file: `${FIXTURE}/observations.csv`, line: 35, column: 4, code: 'index-group-over-max',
        message: 'Tỉnh Lạng Sơn 2025: service_index_transparency (Công khai, minh bạch) 19 is above its maximum of 18 (a group of service_index)',
      },
    ]);
  });

  it('a group above its maximum is kept as printed (not dropped), so the sum and the view still see it', () => {
    const m = loadFixture(FILE);
    expect(m.figure('20', 'service_index_transparency', '2025')).toMatchObject({ value: 19, derived: 'published' });
    expect(m.problems.some((p) => p.code === 'score-out-of-range')).toBe(false);
  });

  it('names the group, its score and its maximum for every group, with decimals as printed', () => {
    const m = loadTexts({ 'observations.csv': 'period;unit;indicator;value\n2024;X;service_index_payment;10,5\n2024;X;service_index_digitization;22\n' });
    const over = m.problems.filter((p) => p.code === 'index-group-over-max');
    expect(over.map((p) => [p.line, p.column, p.message])).toEqual([
      [2, 4, 'X 2024: service_index_payment (Thanh toán trực tuyến) 10,5 is above its maximum of 10 (a group of service_index)'],
    ]);
  });

  it('a negative group, a total above 100 and PAR Index above 100 stay unreadable (error, row dropped)', () => {
    const m = loadTexts({ 'observations.csv': 'period;unit;indicator;value\n2024;X;service_index_payment;-1\n2024;X;service_index;101\n2024;X;par_index;100,5\n' });
    expect(m.problems.filter((p) => p.code === 'score-out-of-range').map((p) => p.line)).toEqual([2, 3, 4]);
    expect(m.problems.some((p) => p.code === 'index-group-over-max')).toBe(false);
    expect(m.figure('X', 'service_index_payment', '2024')).toBeUndefined();
  });
});
