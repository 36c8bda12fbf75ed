// Synthetic dossier logs, shaped like a one-stop system's export ("Danh sách hồ sơ"): a few
// provinces, a few hundred of their communes (real codes from public/reference/units-2025.csv),
// the three channels, 17 months of receipts (July 2025 to November 2026), due dates 1–20 working days out, most resolved on
// time or early, some late, some still pending. Every row says it is synthetic: test data only.
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface GenerateOptions {
  /** Number of dossiers. */
  count: number;
  seed?: number;
  /** First day of receipts (ISO). Default 2025-07-01, when today's unit codes took effect; with
   * the default 17 months the log ends on 30/11/2026, all of it in the past. */
  from?: string;
  /** How many provinces (default 4). */
  provinces?: number;
  /** At most this many communes of each province (default 90: a few hundred units in all). */
  unitsPerProvince?: number;
  /** Months of receipts (default 24). */
  months?: number;
}

export const SYNTHETIC_NOTE = 'dữ liệu giả lập (synthetic)';

const HEADER = ['STT', 'Mã hồ sơ', 'Mã tỉnh', 'Tỉnh', 'Mã đơn vị', 'Đơn vị', 'Cấp', 'Lĩnh vực', 'Thủ tục', 'Hình thức nộp', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả', 'Ghi chú'];

/** Procedures a commune's one-stop desk handles, with their field and statutory working days. */
const PROCEDURES: [field: string, name: string, days: number, weight: number][] = [
  ['Hộ tịch', 'Đăng ký khai sinh', 1, 18],
  ['Hộ tịch', 'Đăng ký kết hôn', 3, 6],
  ['Hộ tịch', 'Đăng ký khai tử', 1, 4],
  ['Hộ tịch', 'Cấp bản sao trích lục hộ tịch', 1, 8],
  ['Hộ tịch', 'Cấp giấy xác nhận tình trạng hôn nhân', 3, 6],
  ['Chứng thực', 'Chứng thực bản sao từ bản chính', 1, 20],
  ['Chứng thực', 'Chứng thực chữ ký', 2, 6],
  ['Chứng thực', 'Chứng thực hợp đồng, giao dịch', 3, 3],
  ['Đất đai', 'Đăng ký biến động quyền sử dụng đất', 10, 5],
  ['Đất đai', 'Cấp giấy chứng nhận quyền sử dụng đất lần đầu', 20, 3],
  ['Xây dựng', 'Cấp giấy phép xây dựng nhà ở riêng lẻ', 15, 3],
  ['Thành lập và hoạt động của hộ kinh doanh', 'Đăng ký thành lập hộ kinh doanh', 3, 5],
  ['Bảo trợ xã hội', 'Trợ cấp xã hội hằng tháng', 12, 4],
  ['Người có công', 'Giải quyết chế độ trợ cấp ưu đãi', 12, 2],
  ['Tư pháp', 'Xác nhận nội dung hợp đồng', 5, 2],
];

interface Unit { code: string; name: string; province: string; provinceName: string; weight: number }

/** mulberry32: small, fast, reproducible. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function readUnits(): { code: string; name: string; type: string; parent: string }[] {
  const text = readFileSync(fileURLToPath(new URL('../../../public/reference/units-2025.csv', import.meta.url)), 'utf8');
  return text.trim().split(/\r?\n/).slice(1).map((l) => {
    const [code, name, type, parent] = l.split(',');
    return { code, name, type, parent };
  });
}

/** The provinces and communes the log covers, chosen by the seed. */
function pickUnits(random: () => number, provinces: number, perProvince: number): Unit[] {
  const all = readUnits();
  const provs = all.filter((u) => u.type === 'province');
  for (let i = provs.length - 1; i > 0; i--) { const j = Math.floor(random() * (i + 1)); [provs[i], provs[j]] = [provs[j], provs[i]]; }
  const units: Unit[] = [];
  for (const p of provs.slice(0, provinces)) {
    const communes = all.filter((u) => u.type === 'commune' && u.parent === p.code);
    for (const c of communes.slice(0, perProvince)) units.push({ code: c.code, name: c.name, province: p.code, provinceName: p.name, weight: c.name.startsWith('Phường') ? 2 + random() * 3 : 0.5 + random() * 1.5 });
  }
  return units;
}

function cumulative(weights: number[]): Float64Array {
  const c = new Float64Array(weights.length);
  let s = 0;
  weights.forEach((w, i) => { s += w; c[i] = s; });
  for (let i = 0; i < c.length; i++) c[i] /= s;
  return c;
}

function pick(c: Float64Array, r: number): number {
  let lo = 0;
  let hi = c.length - 1;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (c[mid] < r) lo = mid + 1; else hi = mid; }
  return lo;
}

const DAY = 86_400_000;
const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/** dd/mm/yyyy HH:MM of a UTC timestamp (the log's local time, stored as UTC here). */
function vnDateTime(ms: number): string {
  const d = new Date(ms);
  return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
}

/** The day `n` working days (Monday–Friday) after the day of `ms`, same time of day. */
function addWorkingDays(ms: number, n: number): number {
  let t = ms;
  let left = n;
  while (left > 0) {
    t += DAY;
    const wd = new Date(t).getUTCDay();
    if (wd !== 0 && wd !== 6) left--;
  }
  return t;
}

const csvCell = (s: string) => (/[;"\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** Writes `count` synthetic dossiers to `path` as a one-stop system's CSV export (`;`, UTF-8 with BOM). */
export function generateDossiers(path: string, options: GenerateOptions): { rows: number; units: number; provinces: number } {
  const random = rng(options.seed ?? 1);
  const units = pickUnits(random, options.provinces ?? 4, options.unitsPerProvince ?? 90);
  const unitCum = cumulative(units.map((u) => u.weight));
  const procCum = cumulative(PROCEDURES.map((p) => p[3]));
  const start = Date.parse(`${options.from ?? '2025-07-01'}T00:00:00Z`);
  const endDate = new Date(start);
  endDate.setUTCMonth(endDate.getUTCMonth() + (options.months ?? 17));
  const end = endDate.getTime(); // the export's day: nothing is resolved after it
  const days = Math.round((end - start) / DAY);
  const seqOf = new Map<string, number>();

  const fd = openSync(path, 'w');
  let buf = `\ufeff${HEADER.join(';')}\n`;
  for (let i = 0; i < options.count; i++) {
    const u = units[pick(unitCum, random())];
    const [field, procedure, statutory] = PROCEDURES[pick(procCum, random())];
    // A working day (a few Saturday mornings too), office hours.
    let day = start + Math.floor(random() * days) * DAY;
    const wd = new Date(day).getUTCDay();
    if (wd === 0 || (wd === 6 && random() < 0.7)) day += (wd === 0 ? 1 : 2) * DAY;
    if (day >= end) day -= 7 * DAY;
    const received = day + (7 * 60 + 30 + Math.floor(random() * 570)) * 60_000;
    const channelR = random();
    const channel = channelR < 0.5 ? 'Trực tuyến' : channelR < 0.55 ? 'Bưu chính' : 'Trực tiếp';
    const workDays = Math.max(1, Math.min(20, statutory + (random() < 0.2 ? Math.floor(random() * 3) : 0)));
    const dueDay = addWorkingDays(day, workDays);
    const due = dueDay + 17 * 3600_000;
    // Outcome: most early or on the due day, a few late, a few stuck.
    const o = random();
    let resolved: number | null;
    if (o < 0.03) resolved = null; // stuck: still being processed
    else if (o < 0.07) resolved = addWorkingDays(dueDay, 1 + Math.floor(random() * 15)) + (8 * 60 + Math.floor(random() * 540)) * 60_000; // late
    else if (o < 0.32) resolved = dueDay + (8 * 60 + Math.floor(random() * 540)) * 60_000; // on the due day
    else {
      const span = Math.max(0, Math.round((dueDay - day) / DAY) - 1);
      resolved = day + Math.floor(random() * (span + 1)) * DAY + (8 * 60 + Math.floor(random() * 540)) * 60_000;
      if (resolved < received) resolved = received + 30 * 60_000;
      if (resolved >= dueDay) resolved = dueDay - 3600_000;
      if (resolved < received) resolved = received; // a 1-day procedure done at once
    }
    if (resolved !== null && resolved >= end) resolved = null; // after the export: still pending in the log
    const d = new Date(day);
    const stamp = `${String(d.getUTCFullYear()).slice(2)}${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())}`;
    const key = `${u.code}-${stamp}`;
    const seq = (seqOf.get(key) ?? 0) + 1;
    seqOf.set(key, seq);
    buf += [
      String(i + 1), `${u.code}-${stamp}-${String(seq).padStart(4, '0')}`, u.province, csvCell(u.provinceName), u.code, csvCell(u.name), 'Xã',
      csvCell(field), csvCell(procedure), channel, vnDateTime(received), vnDateTime(due), resolved === null ? '' : vnDateTime(resolved), SYNTHETIC_NOTE,
    ].join(';') + '\n';
    if (buf.length > 1 << 20) { writeSync(fd, buf); buf = ''; }
  }
  writeSync(fd, buf);
  closeSync(fd);
  return { rows: options.count, units: units.length, provinces: new Set(units.map((u) => u.province)).size };
}
