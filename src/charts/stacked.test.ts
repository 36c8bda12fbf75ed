import { describe, expect, it } from 'vitest';
import { dossierStatus } from '../model/views/dossierStatus';
import { onlineCoverage } from '../model/views/onlineCoverage';
import { dossierStatusSpec, onlineSpec, stackedOption } from './stacked';
import { THEME } from './theme';
import { seriesOf, tinyProvince, vi, en, type Loose } from './testutil';
import { loadFixture } from '../../test/helpers';

describe('dossier status', () => {
  it('stacks early, on time, late, pending for each child, in that order and colour', () => {
    const spec = dossierStatusSpec(dossierStatus(tinyProvince(), 'P', '2024'), THEME, vi);
    const o: Loose = stackedOption(spec, THEME, vi);
    expect(o.series.map((s: Loose) => s.name)).toEqual(['Trước hạn', 'Đúng hạn', 'Quá hạn', 'Đang giải quyết']);
    expect(o.series.map((s: Loose) => s.data[0].value)).toEqual([10, 80, 5, 5]);
    expect(o.series.map((s: Loose) => s.itemStyle.color)).toEqual([THEME.segments.resolved_early, THEME.segments.resolved_on_time, THEME.segments.resolved_late, THEME.segments.pending]);
    expect(seriesOf(o).stack).toBe('total');
  });

  it('escapes the unit name in the tooltip and gives shares', () => {
    const o: Loose = stackedOption(dossierStatusSpec(dossierStatus(tinyProvince(), 'P', '2024'), THEME, en), THEME, en);
    const tip: string = o.tooltip.formatter([{ dataIndex: 0 }]);
    expect(tip).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(tip).toContain('On time: 80 dossiers (80.0%)');
  });

  it('Gò Quao by level: rows named by level', () => {
    const m = loadFixture('fixtures/seeds');
    const spec = dossierStatusSpec(dossierStatus(m, '907', '2020-01-01/2020-09-30'), THEME, vi);
    expect(spec.rows.map((r) => r.name)).toEqual(['Cấp huyện', 'Cấp xã']);
  });
});

describe('online coverage', () => {
  it('Bắc Kạn: fully and partly online, with the old terms under their mapping', () => {
    const m = loadFixture('fixtures/seeds');
    const o: Loose = stackedOption(onlineSpec(onlineCoverage(m, '06', '2022-Q1'), THEME, vi), THEME, vi);
    expect(o.series.map((s: Loose) => [s.name, s.data[0].value])).toEqual([['Toàn trình', 1293], ['Một phần', 70]]);
    expect(o.legend.data).toEqual(['Toàn trình', 'Một phần']);
  });
});
