// The seeds dataset, loaded once from disk bytes the way the CLI reads it, for the views' specs.
import { loadFixture, loadTexts } from '../../../test/helpers';
import type { Model } from '../model';

let cached: Model | null = null;
export function seeds(): Model {
  cached ??= loadFixture('fixtures/seeds');
  return cached;
}

export const QUE_VO = { unit: '259', period: '2020-07-01/2023-06-30' };
export const GO_QUAO = { unit: '907', period: '2020-01-01/2020-09-30' };
export const BAC_KAN = '06';
export const THU_DAU_MOT = '718';

/** A province whose own dossiers are at the province level (as a national summary gives them) and
 * whose communes report at the commune level: A and B at `xa`, C with a total alone; A also has a
 * province-level figure, in another period. */
export function communesAtTheirLevel(): Model {
  return loadTexts({
    'units.csv': 'code,name,type,parent\nP,Tỉnh P,province,\nA,Xã A,commune,P\nB,Xã B,commune,P\nC,Xã C,commune,P\n',
    'observations.csv': 'period,unit,indicator,value,level\n2026,P,received,500,tinh\n2026,A,received,120,xa\n2026,B,received,80,xa\n2026,C,received,7,\n2025,A,received,90,tinh\n',
  });
}
