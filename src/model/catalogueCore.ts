// The built-in indicator catalogue: the stable ids users' files name (DESIGN.md, README), their
// names, kinds and rules. The other ways files write them (aliases) are in catalogue.ts, which
// only the reader needs: the page's code stays without them. A dataset's indicators.csv extends
// or overrides it.
import type { IndicatorKind, IndicatorRecord } from '../data/types';

type Spec = [id: string, nameVi: string, nameEn: string, group: string, extra?: Partial<IndicatorRecord>];

const count = (...specs: Spec[]) => specs.map((s) => make('count', 'hồ sơ', s));
const rate = (...specs: Spec[]) => specs.map((s) => make('rate', '%', s));
const score = (...specs: Spec[]) => specs.map((s) => make('score', 'điểm', s));

function make(kind: IndicatorKind, unit: string, [id, nameVi, nameEn, group, extra]: Spec): IndicatorRecord {
  return {
    id, nameVi, nameEn, kind, unit, numerator: [], denominator: [], better: 'higher', group,
    max: kind === 'rate' ? 100 : null, aliases: [], additive: kind === 'count' || kind === 'amount', ...extra,
  };
}

const ratio = (numerator: string[], denominator: string[], better: 'higher' | 'lower' = 'higher') => ({ numerator, denominator, better });
const proc = { unit: 'thủ tục' };

export const INDICATORS_CORE: readonly IndicatorRecord[] = [
  ...count(
    ['received', 'Tổng số hồ sơ tiếp nhận', 'Dossiers to resolve (new + carried over)', 'dossiers'],
    ['received_new', 'Hồ sơ tiếp nhận mới', 'New dossiers received', 'dossiers'],
    ['carried_over', 'Hồ sơ kỳ trước chuyển sang', 'Dossiers carried over', 'dossiers'],
    ['received_online', 'Hồ sơ tiếp nhận trực tuyến', 'Dossiers received online', 'online'],
    ['received_online_full', 'Hồ sơ nộp trực tuyến toàn trình', 'Dossiers filed fully online', 'online'],
    ['resolved', 'Hồ sơ đã giải quyết', 'Dossiers resolved', 'dossiers'],
    ['resolved_in_time', 'Hồ sơ giải quyết đúng và trước hạn', 'Resolved in time (early or on time)', 'timeliness'],
    ['resolved_early', 'Hồ sơ giải quyết trước hạn', 'Resolved early', 'timeliness'],
    ['resolved_on_time', 'Hồ sơ giải quyết đúng hạn', 'Resolved on the due date', 'timeliness'],
    ['resolved_late', 'Hồ sơ giải quyết quá hạn', 'Resolved late', 'timeliness', { better: 'lower' }],
    ['pending', 'Hồ sơ đang giải quyết', 'Dossiers pending', 'dossiers'],
    ['pending_overdue', 'Hồ sơ đang giải quyết quá hạn', 'Pending and overdue', 'timeliness', { better: 'lower' }],
    ['returned', 'Hồ sơ trả lại, rút', 'Dossiers returned or withdrawn', 'dossiers', { better: 'lower' }],
    ['procedures_total', 'Tổng số thủ tục hành chính', 'Administrative procedures', 'online', proc],
    ['procedures_online_full', 'TTHC trực tuyến toàn trình', 'Procedures fully online', 'online', proc],
    ['procedures_online_partial', 'TTHC trực tuyến một phần', 'Procedures partly online', 'online', proc],
    ['online_payments', 'Hồ sơ thanh toán trực tuyến', 'Online payments', 'payment'],
    ['complaints', 'Phản ánh, kiến nghị, khiếu nại', 'Complaints', 'satisfaction', { better: 'lower', unit: 'đơn' }],
  ),
  make('amount', 'VND', ['online_payment_amount', 'Số tiền thanh toán trực tuyến', 'Online payment amount', 'payment']),
  ...rate(
    ['resolution_rate', 'Tỷ lệ hồ sơ đã giải quyết', 'Resolution rate', 'dossiers', ratio(['resolved'], ['received'])],
    ['on_time_rate', 'Tỷ lệ giải quyết đúng hạn', 'On-time rate', 'timeliness', ratio(['resolved_in_time'], ['resolved'])],
    ['early_rate', 'Tỷ lệ giải quyết trước hạn', 'Early rate', 'timeliness', ratio(['resolved_early'], ['resolved'])],
    ['late_rate', 'Tỷ lệ giải quyết quá hạn', 'Late rate', 'timeliness', ratio(['resolved_late'], ['resolved'], 'lower')],
    ['online_dossier_rate', 'Tỷ lệ hồ sơ trực tuyến', 'Online dossier rate', 'online', ratio(['received_online'], ['received'])],
    ['online_full_dossier_rate', 'Tỷ lệ hồ sơ trực tuyến toàn trình', 'Fully-online dossier rate', 'online', ratio(['received_online_full'], ['received'])],
    ['online_full_rate', 'Tỷ lệ TTHC trực tuyến toàn trình', 'Procedures fully online (%)', 'online', ratio(['procedures_online_full'], ['procedures_total'])],
    ['online_service_rate', 'Tỷ lệ TTHC trực tuyến (toàn trình và một phần)', 'Procedures online, fully or partly (%)', 'online', ratio(['procedures_online_full', 'procedures_online_partial'], ['procedures_total'])],
    ['online_payment_rate', 'Tỷ lệ thanh toán trực tuyến', 'Online payment rate', 'payment'],
    ['digitized_dossier_rate', 'Tỷ lệ số hóa hồ sơ', 'Dossiers digitised', 'digitisation'],
    ['digitized_result_rate', 'Tỷ lệ số hóa kết quả giải quyết', 'Results digitised', 'digitisation'],
    ['e_certification_rate', 'Tỷ lệ chứng thực điện tử', 'E-certification rate', 'digitisation'],
    ['satisfaction_rate', 'Mức độ hài lòng', 'Satisfaction', 'satisfaction'],
    ['procedures_published_rate', 'Tỷ lệ TTHC được công bố, công khai', 'Procedures published', 'online'],
  ),
  ...score(
    ['service_index', 'Chỉ số phục vụ người dân, doanh nghiệp', 'Service index (Decision 766)', 'index', { max: 100 }],
    ['service_index_transparency', 'Công khai, minh bạch', 'Transparency', 'index', { max: 18, partOf: 'service_index' }],
    ['service_index_progress', 'Tiến độ giải quyết', 'Processing progress', 'index', { max: 20, partOf: 'service_index' }],
    ['service_index_online', 'Dịch vụ công trực tuyến', 'Online services', 'index', { max: 12, partOf: 'service_index' }],
    ['service_index_payment', 'Thanh toán trực tuyến', 'Online payment', 'index', { max: 10, partOf: 'service_index' }],
    ['service_index_satisfaction', 'Mức độ hài lòng', 'Satisfaction', 'index', { max: 18, partOf: 'service_index' }],
    ['service_index_digitization', 'Số hóa hồ sơ', 'Digitisation', 'index', { max: 22, partOf: 'service_index' }],
    ['par_index', 'Chỉ số cải cách hành chính (PAR Index)', 'PAR Index', 'index', { max: 100 }],
    ['sipas', 'Chỉ số hài lòng (SIPAS)', 'SIPAS', 'index', { max: 100 }],
  ),
];

/** The parts whose sum is the service index (Decision 766/QĐ-TTg). */
export const SERVICE_INDEX_PARTS = [
  'service_index_transparency', 'service_index_progress', 'service_index_online',
  'service_index_payment', 'service_index_satisfaction', 'service_index_digitization',
] as const;

/** Counts that are defined as a sum of others, used when not published (DESIGN.md). */
export const COUNT_IDENTITIES: readonly { total: string; parts: string[] }[] = [
  { total: 'resolved_in_time', parts: ['resolved_early', 'resolved_on_time'] },
];

export const GROUPS = ['dossiers', 'timeliness', 'online', 'payment', 'digitisation', 'satisfaction', 'index'] as const;
