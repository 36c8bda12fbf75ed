import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jsonErrorOffset } from './jsonError';

describe('jsonErrorOffset', () => {
  it.each([
    ['[1,2]', -1],
    ['{"a": [true, null, -1.5e3, "x\\u00e9"]}', -1],
    ['[\n{"unit": }\n]', 11],
    ['{"a": 1,}', 8],
    ['[1, 2', 5],
    ['', 0],
  ])('%j → %d', (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
  });

  it('agrees with JSON.parse on what is valid', () => {
    fc.assert(fc.property(fc.oneof(fc.json(), fc.string()), (text) => {
      let valid = true;
      try { JSON.parse(text); } catch { valid = false; }
      expect(jsonErrorOffset(text) === -1).toBe(valid);
    }), { numRuns: 2000 });
  });
});
