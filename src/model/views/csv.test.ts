import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('quotes cells with commas, quotes or line breaks; BOM and CRLF', () => {
    expect(toCsv([['Đơn vị', 'Tỷ lệ'], ['Huyện "A"', '99,14%']])).toBe('\ufeffĐơn vị,Tỷ lệ\r\n"Huyện ""A""","99,14%"\r\n');
  });
});
