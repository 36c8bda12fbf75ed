import { describe, expect, it } from 'vitest';
import { dataSourceFor, indexFiles } from './dataSource';

const page = 'https://portal.example.vn/cchc/dashboard/index.html?unit=06';

describe('dataSourceFor', () => {
  it('the bundled dataset beside the page, in any sub-folder', () => {
    expect(dataSourceFor('', page)).toEqual({ kind: 'bundled', url: 'https://portal.example.vn/cchc/dashboard/data/index.json' });
  });

  it('a same-origin file or folder', () => {
    expect(dataSourceFor('so-lieu/2024.csv', page)).toEqual({ kind: 'file', url: 'https://portal.example.vn/cchc/dashboard/so-lieu/2024.csv' });
    expect(dataSourceFor('/open/cchc.json', page)).toEqual({ kind: 'file', url: 'https://portal.example.vn/open/cchc.json' });
    expect(dataSourceFor('/open/2024', page)).toEqual({ kind: 'folder', url: 'https://portal.example.vn/open/2024/index.json' });
    expect(dataSourceFor('/open/2024/', page)).toEqual({ kind: 'folder', url: 'https://portal.example.vn/open/2024/index.json' });
  });

  it('refuses another origin, and scripts', () => {
    expect(dataSourceFor('https://evil.example.com/x.csv', page)).toMatchObject({ kind: 'refused', reason: 'cross-origin' });
    expect(dataSourceFor('//evil.example.com/x.csv', page)).toMatchObject({ kind: 'refused', reason: 'cross-origin' });
    expect(dataSourceFor('javascript:alert(1)', page)).toMatchObject({ kind: 'refused' });
    expect(dataSourceFor('http://portal.example.vn/x.csv', page)).toMatchObject({ kind: 'refused', reason: 'cross-origin' });
  });
});

describe('indexFiles', () => {
  it('reads { files: [...] } or a bare array', () => {
    expect(indexFiles({ files: ['units.csv', 'observations.csv'] })).toEqual(['units.csv', 'observations.csv']);
    expect(indexFiles(['a.csv', 3, ''])).toEqual(['a.csv']);
    expect(() => indexFiles({ nope: 1 })).toThrow(/files/);
  });
});
