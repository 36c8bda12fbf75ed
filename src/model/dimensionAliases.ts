// Dimension values as files write them (`Trực tuyến`, `Mức độ 3`, `tỉnh`), for the reader only:
// the page's code keeps the catalogue's codes and names (dimensions.ts) without them.
import type { DimensionValueRecord } from '../data/types';
import { BUILTIN_DIMENSION_VALUES } from './dimensions';

const ALIASES: Record<string, readonly string[]> = {
  'level.tinh': ['tỉnh', 'cấp tỉnh', 'province'],
  'level.huyen': ['huyện', 'cấp huyện', 'district', 'quận', 'thị xã'],
  'level.xa': ['xã', 'cấp xã', 'commune', 'phường', 'thị trấn'],
  'level.so_nganh': ['sở ngành', 'sở, ngành', 'sở, ban, ngành', 'department', 'agency'],
  'channel.truc_tiep': ['trực tiếp', 'tại bộ phận một cửa', 'in person', 'direct', 'offline'],
  'channel.truc_tuyen': ['trực tuyến', 'qua mạng', 'online', 'dịch vụ công trực tuyến'],
  'channel.buu_chinh': ['bưu chính', 'bưu chính công ích', 'bcci', 'qua bưu điện', 'post', 'postal', 'by post'],
  'service_level.muc_1_2': ['mức 1-2', 'mức 1–2', 'mức độ 1-2', 'mức độ 1, 2', 'mức 1, 2', 'mức độ 1 và 2'],
  'service_level.muc_1': ['mức 1', 'mức độ 1'],
  'service_level.muc_2': ['mức 2', 'mức độ 2'],
  'service_level.muc_3': ['mức 3', 'mức độ 3'],
  'service_level.muc_4': ['mức 4', 'mức độ 4'],
  'service_level.toan_trinh': ['dvc toàn trình', 'trực tuyến toàn trình'],
  'service_level.mot_phan': ['dvc một phần', 'trực tuyến một phần'],
};

/** The built-in values with the ways files write them: what readDataset is given. */
export const DIMENSION_VALUES_FOR_READING: readonly DimensionValueRecord[] = BUILTIN_DIMENSION_VALUES.map((v) => ({ ...v, aliases: [...v.aliases, ...(ALIASES[`${v.dimension}.${v.value}`] ?? [])] }));
