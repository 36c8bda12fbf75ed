// The tracker's rows: per target and unit (and level) for the unit on screen and its children,
// the latest figure inside the target's period, status, gap, the trend and the projection.
import { describe, expect, it } from 'vitest';
import { applyEdits, type TargetDraft } from './edits';
import { statusCounts, trackerRows } from './tracker';
import { seeds } from '../views/seeds.testutil';
import { loadTexts } from '../../../test/helpers';

const draft = (d: Partial<TargetDraft> & Pick<TargetDraft, 'indicator' | 'value'>): TargetDraft => ({ plan: 'KH 1', period: '2022', unit: null, level: null, op: '>=', note: '', ...d });

describe('the tracker on the seeds', () => {
  const m = seeds();

  it("Bắc Kạn's plan: nine targets, none with a figure yet, one row each (a per-level target at its level)", () => {
    const rows = trackerRows(m, applyEdits(m.targets, []), '06');
    expect(rows.map((r) => [r.target.indicator, r.unit, r.dims.level ?? '', r.status])).toEqual([
      ['digitized_result_rate', '06', 'huyen', 'no-data'],
      ['digitized_result_rate', '06', 'tinh', 'no-data'],
      ['digitized_result_rate', '06', 'xa', 'no-data'],
      ['e_certification_rate', '06', '', 'no-data'],
      ['feedback_resolved_rate', '06', '', 'no-data'],
      ['online_payment_rate', '06', '', 'no-data'],
      ['procedures_internal_process_rate', '06', '', 'no-data'],
      ['procedures_published_rate', '06', '', 'no-data'],
      ['satisfaction_rate', '06', '', 'no-data'],
    ]);
    expect(rows.every((r) => r.latest === null && r.gap === null && r.trend.length === 0 && r.projection.kind === 'no-data')).toBe(true);
  });

  it("a target added for Sở Tư pháp shows its figure to 31/5/2022 as progress toward 2022, first among the rows that are not met… and is met", () => {
    const plan = applyEdits(m.targets, [
      { id: 'u:1', target: draft({ plan: 'KH 798/KH-UBND', unit: '06-STP', indicator: 'online_full_rate', value: 80 }), updated: 1 },
      { id: 'u:2', target: draft({ plan: 'KH 798/KH-UBND', unit: '06-STP', indicator: 'online_dossier_rate', value: 90 }), updated: 2 },
    ]);
    const rows = trackerRows(m, plan, '06');
    expect(rows).toHaveLength(11);
    const [first] = rows;
    // 1.280 / 1.550 = 82,58…% against ≥ 90: 7,4 points short → missed.
    expect([first.id, first.unit, first.latest?.period.key, first.latest?.value, first.partial, first.status, first.gap, first.edit]).toEqual(['u:2', '06-STP', '2022-01-01/2022-05-31', (1280 / 1550) * 100, true, 'missed', (1280 / 1550) * 100 - 90, 'added']);
    const met = rows[rows.length - 1];
    // 108 / 132 = 81,81…% against ≥ 80: met, +1,8 points; one figure: held to 31/12/2022, on track.
    expect([met.id, met.status, met.gap, met.trend.map((p) => [p.period.key, p.current])]).toEqual(['u:1', 'met', (108 / 132) * 100 - 80, [['2022-01-01/2022-05-31', true]]]);
    expect(met.projection).toEqual({ kind: 'projected', value: (108 / 132) * 100, by: '2022-12-31', from: [{ period: met.latest!.period, value: (108 / 132) * 100 }], onTrack: true });
    expect(statusCounts(rows)).toEqual({ missed: 1, 'at-risk': 0, 'no-data': 9, met: 1 });
  });

  it("Thủ Dầu Một's on-time rate toward 2023: the first quarter's 100% is progress; the line from 2022 (99,99%) to it stays at the 100% ceiling", () => {
    const plan = applyEdits(m.targets, [{ id: 'u:1', target: draft({ period: '2023', indicator: 'on_time_rate', value: 99.9 }), updated: 1 }]);
    const rows = trackerRows(m, plan, '74').filter((r) => r.target.indicator === 'on_time_rate');
    // Bình Dương itself has no figure: its row says so, before the met one.
    expect(rows.map((r) => [r.unit, r.status])).toEqual([['74', 'no-data'], ['718', 'met']]);
    const row = rows[1];
    expect([row.unit, row.latest?.period.key, row.latest?.value, row.partial, row.status, row.gap]).toEqual(['718', '2023-Q1', 100, true, 'met', 100 - 99.9]);
    expect(row.trend.map((p) => [p.period.key, p.value])).toEqual([['2021', (25925 / 25969) * 100], ['2022', (45817 / 45820) * 100], ['2023-Q1', 100]]);
    expect(row.projection).toMatchObject({ kind: 'projected', value: 100, by: '2023-12-31', onTrack: true });
  });
});

describe('projection to the target date', () => {
  const m = loadTexts({
    'units.csv': 'code,name,type,parent\nP,Tỉnh P,province,\nD,Huyện D,district,P\nE,Huyện E,district,P\n',
    'observations.csv': 'period,unit,indicator,value\n2024,D,on_time_rate,80\n2025-Q1,D,on_time_rate,84\n2025-Q1,E,on_time_rate,97\n2025-Q2,E,on_time_rate,93\n2025,P,received,1000\n2025-H1,D,received,300\n',
    'targets.csv': 'plan,period,unit,level,indicator,op,value\nKH,2025,,,on_time_rate,>=,95\nKH,2025,,,received,>=,900\nKH,2025,D,,received,>=,800\n',
  });
  const rows = trackerRows(m, applyEdits(m.targets, []), 'P');
  const of = (unit: string, indicator: string) => rows.find((r) => r.unit === unit && r.target.indicator === indicator)!;

  it('a line through the last two figures, carried on to the last day: 80% (2024) → 84% (Q1 2025) reaches 96,2% by 31/12/2025: missed today, on track', () => {
    const d = of('D', 'on_time_rate');
    expect([d.status, d.gap]).toEqual(['missed', -11]);
    // 4 points in 90 days (31/12/2024 → 31/3/2025), 275 days more.
    expect(d.projection).toEqual({ kind: 'projected', value: 84 + (4 * 275) / 90, by: '2025-12-31', from: [{ period: d.trend[0].period, value: 80 }, { period: d.trend[1].period, value: 84 }], onTrack: true });
  });

  it('falling: 97% → 93% in a quarter (91 days) is at risk today and projected at 85%, not on track', () => {
    const e = of('E', 'on_time_rate');
    expect([e.status, e.gap]).toEqual(['at-risk', -2]);
    expect(e.projection).toMatchObject({ kind: 'projected', value: 93 - (4 * 184) / 91, onTrack: false });
  });

  it("a figure of the whole period is the result; a count to date is not projected; a unit's own target wins over every unit's", () => {
    expect([of('P', 'received').status, of('P', 'received').projection]).toEqual(['met', { kind: 'final' }]);
    const d = rows.filter((r) => r.unit === 'D' && r.target.indicator === 'received');
    expect(d.map((r) => [r.target.value, r.status, r.partial, r.projection.kind])).toEqual([[800, 'missed', true, 'not-projected']]);
  });

  it('missed and at-risk rows come first, the furthest from the target first', () => {
    expect(rows.map((r) => `${r.unit} ${r.target.indicator} ${r.status}`)).toEqual([
      'D received missed', 'D on_time_rate missed', 'E on_time_rate at-risk', 'P on_time_rate no-data', 'P received met',
    ]);
  });
});
