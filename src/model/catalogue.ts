// The indicator catalogue as the reader knows it: the core (catalogueCore.ts) with the other
// names reports give each indicator, matched case-, diacritics- and punctuation-insensitively.
import type { IndicatorRecord } from '../data/types';
import { INDICATORS_CORE } from './catalogueCore';

export { COUNT_IDENTITIES, GROUPS, SERVICE_INDEX_PARTS } from './catalogueCore';

const ALIASES: Record<string, readonly string[]> = {
  received: ['hồ sơ tiếp nhận', 'tiếp nhận', 'tổng tiếp nhận', 'tổng số hồ sơ', 'tổng số hồ sơ phải giải quyết', 'nhận giải quyết', 'tiếp nhận giải quyết', 'received'],
  received_new: ['trong kỳ', 'mới tiếp nhận', 'tiếp nhận trong kỳ', 'tiếp nhận mới trong kỳ', 'new'],
  carried_over: ['từ kỳ trước', 'từ kỳ trước chuyển sang', 'kỳ trước chuyển qua', 'tồn kỳ trước', 'tồn kỳ trước chuyển sang', 'carried over'],
  received_online: ['hồ sơ trực tuyến', 'trực tuyến', 'nộp trực tuyến', 'hồ sơ nộp trực tuyến'],
  resolved: ['đã giải quyết', 'đã giải quyết xong', 'giải quyết xong'],
  resolved_early: ['trước hạn', 'giải quyết trước hạn', 'trả trước hạn'],
  resolved_on_time: ['đúng hạn', 'đúng thời hạn', 'trả đúng hạn', 'trả đúng thời hạn'],
  resolved_late: ['trễ hạn', 'quá hạn', 'giải quyết trễ hạn', 'chậm hạn', 'trả quá hạn', 'quá thời hạn', 'trả quá thời hạn'],
  pending: ['đang xử lý', 'đang giải quyết trong hạn và quá hạn'],
  pending_overdue: ['đang giải quyết trễ hạn', 'quá hạn chưa giải quyết'],
  procedures_total: ['tổng số TTHC', 'thủ tục hành chính'],
  procedures_online_full: ['dịch vụ công mức độ 4', 'mức độ 4', 'TTHC toàn trình', 'toàn trình', 'dịch vụ công toàn trình', 'thủ tục toàn trình'],
  procedures_online_partial: ['dịch vụ công mức độ 3', 'mức độ 3', 'TTHC một phần', 'một phần', 'dịch vụ công một phần', 'thủ tục một phần'],
  on_time_rate: ['tỷ lệ đúng hạn', 'tỷ lệ đúng và trước hạn', 'tỷ lệ giải quyết đúng và trước hạn', 'tỷ lệ đúng hạn và trước hạn'],
  satisfaction_rate: ['tỷ lệ hài lòng'],
};

export const BUILTIN_INDICATORS: readonly IndicatorRecord[] = INDICATORS_CORE.map((i) => (ALIASES[i.id] ? { ...i, aliases: [...i.aliases, ...ALIASES[i.id]] } : i));
