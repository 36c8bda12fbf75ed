import { describe, expect, it } from 'vitest';
import { localeFor, registerMessages } from './messages';
import { en } from './en';

describe('localeFor: one object per language', () => {
  it('is the same object on every call, so what is memoised on it is not made again', () => {
    expect(localeFor('vi')).toBe(localeFor('vi'));
    registerMessages('en', en);
    expect(localeFor('en')).toBe(localeFor('en'));
    expect(localeFor('en').m).toBe(en);
    expect(localeFor('en')).not.toBe(localeFor('vi'));
  });
});
