import { describe, expect, it } from 'vitest';
import { dossierStatus } from '../model/views/dossierStatus';
import { onlineCoverage } from '../model/views/onlineCoverage';
import { dossierStatusSpec, onlineSpec } from './stacked';
import { stackedBar } from './stackedBar';
import { THEME } from './theme';
import { tinyProvince, vi, en } from './testutil';
import { loadFixture } from '../../test/helpers';

describe('one row of stacked counts, drawn as HTML', () => {
  it('Bắc Kạn Q1 2022 online: 1,293 fully and 70 partly online procedures, their shares of 1,363', () => {
    const m = loadFixture('fixtures/seeds');
    const bar = stackedBar(onlineSpec(onlineCoverage(m, '06', '2022-Q1'), THEME, vi), vi)!;
    expect(bar.name).toBe('Tỉnh Bắc Kạn');
    expect(bar.totalLabel).toBe('1.363');
    expect(bar.parts.map((p) => [p.name, p.label, p.shareLabel, p.color])).toEqual([
      ['Toàn trình', '1.293', '94,9%', THEME.online.procedures_online_full],
      ['Một phần', '70', '5,1%', THEME.online.procedures_online_partial],
    ]);
    expect(bar.parts.reduce((s, p) => s + p.share, 0)).toBeCloseTo(1, 12);
  });

  it('a unit\'s dossiers in the stacking order, in English', () => {
    const spec = dossierStatusSpec(dossierStatus(tinyProvince(), 'P', '2024'), THEME, en);
    const bar = stackedBar(spec, en)!;
    expect(bar.parts.map((p) => [p.id, p.label, p.shareLabel])).toEqual([
      ['resolved_early', '10', '10.0%'], ['resolved_on_time', '80', '80.0%'], ['resolved_late', '5', '5.0%'], ['pending', '5', '5.0%'],
    ]);
    expect(bar.unitWord).toBe('dossiers');
  });

  it('a part of 0 is listed with no width; a total of 0 gives every part none', () => {
    const spec = dossierStatusSpec(dossierStatus(tinyProvince(), 'P', '2024'), THEME, vi);
    const zero = { ...spec, rows: [{ ...spec.rows[0], segments: { resolved_early: 0, resolved_on_time: 0 } }] };
    const bar = stackedBar(zero, vi)!;
    expect(bar.parts.map((p) => [p.label, p.share, p.shareLabel])).toEqual([['0', 0, '0,0%'], ['0', 0, '0,0%']]);
  });

  it('is for one row only: none, or several (Gò Quao by level), are drawn as a chart', () => {
    const spec = dossierStatusSpec(dossierStatus(loadFixture('fixtures/seeds'), '907', '2020-01-01/2020-09-30'), THEME, vi);
    expect(spec.rows.length).toBe(2);
    expect(stackedBar(spec, vi)).toBeNull();
    expect(stackedBar({ ...spec, rows: [] }, vi)).toBeNull();
  });
});
