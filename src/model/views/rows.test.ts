// What a unit and the dataset have, read from the table's columns: here, which indicators have
// figures in which periods (asked by the service-index panel at every drill).
import { describe, expect, it } from 'vitest';
import { loadTexts } from '../../../test/helpers';
import { figureCounts, hasFiguresIn } from './rows';

// Yearly index figures for two provinces and one month's dossiers for one of them.
const model = loadTexts({
  'observations.csv': [
    'period,unit,indicator,value',
    '2025,Hà Nội,service_index,"91,25"',
    '2025,Huế,service_index,80',
    '2025-03,Hà Nội,received,120',
  ].join('\n'),
});

describe('figureCounts and hasFiguresIn', () => {
  it('counts every figure of an indicator in the dataset', () => {
    expect(figureCounts(model).get('service_index')).toBe(2);
    // Hà Nội's month alone: the country is never the sum of the one province that reported.
    expect(figureCounts(model).get('received')).toBe(1);
    expect(figureCounts(model).has('par_index')).toBe(false);
  });

  it('an indicator has figures in the periods it was given in, and in no other', () => {
    expect(hasFiguresIn(model, 'service_index', '2025')).toBe(true);
    expect(hasFiguresIn(model, 'service_index', '2025-03')).toBe(false);
    expect(hasFiguresIn(model, 'received', '2025-03')).toBe(true);
    expect(hasFiguresIn(model, 'received', '2025')).toBe(false);
  });

  it('an indicator or period the dataset does not know has none', () => {
    expect(hasFiguresIn(model, 'par_index', '2025')).toBe(false);
    expect(hasFiguresIn(model, 'service_index', '2024')).toBe(false);
    expect(hasFiguresIn(model, 'no_such_indicator', '2025')).toBe(false);
  });
});
