import { describe, expect, it } from 'vitest';
import { mapHeader } from './headers';

describe('mapHeader: dossier list headers as one-stop systems export them', () => {
  it('reads Vietnamese headers, with or without accents, in any case', () => {
    const m = mapHeader(['STT', 'Mã hồ sơ', 'Cơ quan', 'Thủ tục', 'LĨNH VỰC', 'Kênh', 'ngay tiep nhan', 'Ngày hẹn trả', 'Ngày trả kết quả', 'Cấp', 'Tỉnh/Thành phố']);
    expect(Object.fromEntries(m)).toEqual({ dossier_id: 1, unit: 2, procedure: 3, field: 4, channel: 5, received_at: 6, due_at: 7, resolved_at: 8, level: 9, province: 10 });
  });

  it('reads the English names', () => {
    const m = mapHeader(['dossier_id', 'unit', 'procedure', 'field', 'channel', 'received_at', 'due_at', 'resolved_at', 'level', 'province']);
    expect([...m.keys()].sort()).toEqual(['channel', 'dossier_id', 'due_at', 'field', 'level', 'procedure', 'province', 'received_at', 'resolved_at', 'unit']);
  });

  it('prefers a code to a name, and "Ngày có kết quả" to "Ngày trả kết quả"', () => {
    const m = mapHeader(['Đơn vị', 'Mã đơn vị', 'Ngày trả kết quả', 'Ngày có kết quả', 'Tỉnh', 'Mã tỉnh']);
    expect(m.get('unit')).toBe(1);
    expect(m.get('resolved_at')).toBe(3);
    expect(m.get('province')).toBe(5);
  });

  it('reads the abbreviations officials write in headers (HS, KQ, TTHC) and the end of processing as the result', () => {
    const m = mapHeader(['STT', 'Mã HS', 'Tên TTHC', 'Cơ quan thực hiện', 'Ngày tiếp nhận HS', 'Ngày hẹn trả KQ', 'Ngày kết thúc xử lý']);
    expect(Object.fromEntries(m)).toEqual({ dossier_id: 1, procedure: 2, unit: 3, received_at: 4, due_at: 5, resolved_at: 6 });
    expect(mapHeader(['Đơn vị', 'Ngày nhận hồ sơ', 'Hạn trả kết quả', 'Ngày có KQ']).get('resolved_at')).toBe(3);
    // A result date given twice: the date the result was ready wins over the end of processing.
    expect(mapHeader(['Ngày kết thúc', 'Ngày có KQ']).get('resolved_at')).toBe(1);
  });
});
