// The seeds dataset, loaded once from disk bytes the way the CLI reads it, for the views' specs.
import { loadFixture } from '../../../test/helpers';
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
