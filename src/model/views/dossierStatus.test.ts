import { describe, expect, it } from 'vitest';
import { dossierStatus } from './dossierStatus';
import { GO_QUAO, seeds } from './seeds.testutil';

describe('dossierStatus', () => {
  it('Kiên Giang: Gò Quao in time (not split at district level) and pending', () => {
    const v = dossierStatus(seeds(), '91', GO_QUAO.period);
    expect(v.basis).toBe('children');
    expect(v.rows).toHaveLength(1);
    expect(v.rows[0].segments).toEqual({ resolved_in_time: 61135, pending: 340 });
    expect(v.rows[0].received).toBe(61475);
  });

  it('Gò Quao itself: by level — the desk\'s in-time count, the communes\' early and on time', () => {
    const v = dossierStatus(seeds(), GO_QUAO.unit, GO_QUAO.period);
    expect(v.basis).toBe('levels');
    expect(v.rows.map((r) => [r.level, r.segments])).toEqual([
      ['huyen', { resolved_in_time: 6272, pending: 340 }],
      ['xa', { resolved_early: 6062, resolved_on_time: 48801 }],
    ]);
  });

  it('a unit without dossier figures: nothing', () => {
    expect(dossierStatus(seeds(), '718', '2022')).toEqual({ basis: 'none', rows: [] });
  });
});
