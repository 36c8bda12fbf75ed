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
});
