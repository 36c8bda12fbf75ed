import { describe, expect, it } from 'vitest';
import { csvCell, neutralise, toCsv } from './csv';

describe('toCsv', () => {
  it('quotes cells with commas, quotes or line breaks; BOM and CRLF', () => {
    expect(toCsv([['Đơn vị', 'Tỷ lệ'], ['Huyện "A"', '99,14%']])).toBe('\ufeffĐơn vị,Tỷ lệ\r\n"Huyện ""A""","99,14%"\r\n');
  });

  it('starts with the UTF-8 BOM and keeps Vietnamese text as it is', () => {
    const text = toCsv([['Thị xã Quế Võ', 'Tỉnh Bà Rịa - Vũng Tàu', 'Huyện Gò Quao']]);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1)).toBe('Thị xã Quế Võ,Tỉnh Bà Rịa - Vũng Tàu,Huyện Gò Quao\r\n');
    const bytes = new TextEncoder().encode(text);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('text that a spreadsheet would run as a formula gets a leading apostrophe (OWASP)', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@x')).toBe("'@x");
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    // A tab or a carriage return at the start: prefixed, then quoted (the cell has a CR or starts blank).
    expect(csvCell('\t=1+1')).toBe("'\t=1+1");
    expect(csvCell('\r=1+1')).toBe('"\'\r=1+1"');
    expect(neutralise('Huyện A')).toBe('Huyện A');
    expect(csvCell('+4,1 điểm %')).toBe('"\'+4,1 điểm %"');
    expect(toCsv([['=1+1', '@SUM(A1)']])).toBe("\ufeff'=1+1,'@SUM(A1)\r\n");
  });

  it('numbers stay numbers: -5 written as a number is not neutralised; text "-5" is', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(99.14)).toBe('99.14');
    expect(csvCell(133555)).toBe('133555');
    expect(csvCell('-5')).toBe("'-5");
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
    expect(toCsv([['Hạng', 'Đơn vị', 'Chênh lệch'], [1, 'Huyện B', -2.5]])).toBe('\ufeffHạng,Đơn vị,Chênh lệch\r\n1,Huyện B,-2.5\r\n');
  });
});
