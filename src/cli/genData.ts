// `npm run gen:data -- --rows N --out DIR [--seed S] [--partition]`: a synthetic dataset of
// realistic shape, in the dataset format of README.md, for benchmarks and tests. Every row says
// it is synthetic (`source`), and so does index.json: nothing made here can pass for real data.
//
// Units are Vietnam's built-in 34 provinces and 3,321 communes in force from 1/7/2025, named by
// official code, so the months start in 2025-07 (a code means another unit before that day) and
// end in 2026-11 (the last whole month before this was written: nothing is dated in the future).
// The scope grows with N: one province (Bắc Ninh, 99 communes) month after month, then more
// provinces over the 17 months (~100k rows is 6 provinces), then the whole country (~1M rows).
//
// Each unit and month: dossier flows whose arithmetic holds exactly (received = received_new +
// carried_over = resolved + pending; resolved = early + on time + late; carried_over = last
// month's pending), online and overdue counts, on_time_rate and resolution_rate printed to two
// decimals with their counts. Communes write level `xa`, the province's own desk level `tinh`;
// each province also prints its whole received_new with its three channels, and once a year its
// procedures, online-service, satisfaction and digitisation rates and the service index.
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface GenOptions {
  rows: number;
  out: string;
  seed?: number;
  partition?: boolean;
}

export interface GenSummary {
  rows: number;
  /** Data files written, relative to `out` (observations, or summary and partitions; targets). */
  files: string[];
  /** The observations file (or summary.csv when partitioned): its size in bytes. */
  observationsBytes: number;
  provinces: number;
  communes: number;
  months: number;
  first: string;
  last: string;
  seconds: number;
}

const UNITS_FILE = join(dirname(fileURLToPath(import.meta.url)), '../../public/reference/units-2025.csv');
/** The province a one-province dataset is about: 99 communes, close to the average. */
const HOME = '24';
const FIRST_MONTH = { year: 2025, month: 7 };
/** 2025-07 to 2026-11: every month of today's units up to the last whole one (fixed, so a seed always writes the same file). */
const MONTHS = 17;
const COMMUNE_ROWS = 18;
const PROVINCE_ROWS = 19;
const YEARLY_ROWS = 14;
const HEADER = 'period,unit,indicator,value,numerator,denominator,level,channel,source\n';
const CHANNELS = ['truc_tiep', 'truc_tuyen', 'buu_chinh'] as const;
/** Dossiers by month of the year: fewer around Tết, more before the year closes. */
const SEASON = [1.05, 0.72, 1.08, 1.0, 1.02, 1.0, 0.97, 1.0, 1.03, 1.05, 1.08, 1.12];

interface Province { code: string; communes: string[] }

function readUnits(): Province[] {
  const lines = readFileSync(UNITS_FILE, 'utf8').split(/\r?\n/).slice(1).filter((l) => l.trim() !== '');
  const provinces = new Map<string, Province>();
  const communes: [string, string][] = [];
  for (const line of lines) {
    const [code, , type, parent] = line.split(',');
    if (type === 'province') provinces.set(code, { code, communes: [] });
    else if (type === 'commune') communes.push([code, parent]);
  }
  for (const [code, parent] of communes) provinces.get(parent)?.communes.push(code);
  return [...provinces.values()];
}

/** sfc32, seeded from the seed and a unit's code: each unit's figures do not depend on which other units are in the dataset. */
function rngFor(seed: number, key: string): () => number {
  let h = 2166136261 ^ seed;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  let a = seed >>> 0, b = h >>> 0, c = Math.imul(h, 2654435761) >>> 0, d = 1;
  const next = () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}

/** numerator / denominator in percent, rounded half up to two decimals, from integers (no float error). */
export function percent2(numerator: number, denominator: number): string {
  const q = Math.floor((numerator * 20000 + denominator) / (2 * denominator));
  return `${Math.floor(q / 100)}.${String(q % 100).padStart(2, '0')}`;
}

interface Plan { provinces: Province[]; communes: number; months: number; partial: boolean }

/** How many provinces, communes and months make about N rows (see the header comment). */
export function planFor(rows: number, all: Province[]): Plan {
  const home = all.find((p) => p.code === HOME)!;
  const perMonth = (ps: Province[]) => ps.reduce((s, p) => s + p.communes.length * COMMUNE_ROWS + PROVINCE_ROWS, 0);
  const country = perMonth(all);
  if (rows >= country * (MONTHS - 2)) return { provinces: all, communes: all.reduce((s, p) => s + p.communes.length, 0), months: MONTHS, partial: false };
  const one = perMonth([home]);
  if (rows <= one * MONTHS) {
    const months = Math.round(rows / one);
    if (months >= 3) return { provinces: [home], communes: home.communes.length, months, partial: false };
    // Fewer rows than three months of the province: three months of its first communes.
    const k = Math.max(1, Math.min(home.communes.length, Math.round((rows / 3 - PROVINCE_ROWS) / COMMUNE_ROWS)));
    return { provinces: [{ code: home.code, communes: home.communes.slice(0, k) }], communes: k, months: 3, partial: k < home.communes.length };
  }
  // All the months of the home province, then of the next provinces by code, until N.
  const order = [home, ...all.filter((p) => p !== home)];
  const chosen: Province[] = [];
  for (const p of order) {
    chosen.push(p);
    if (perMonth(chosen) * MONTHS >= rows) break;
  }
  return { provinces: chosen, communes: chosen.reduce((s, p) => s + p.communes.length, 0), months: MONTHS, partial: false };
}

/** One unit's dossier flows month after month (its own random stream). */
class Unit {
  private readonly rnd: () => number;
  private readonly size: number;
  private readonly pendingShare: number;
  private readonly lateShare: number;
  private readonly earlyShare: number;
  private readonly onlineStart: number;
  pending: number;

  constructor(seed: number, readonly code: string, desk: boolean) {
    this.rnd = rngFor(seed, code);
    const r = this.rnd;
    this.size = desk ? 2500 + Math.floor(22000 * r() * r()) : 120 + Math.floor(2400 * r() * r());
    this.pendingShare = 0.04 + 0.12 * r();
    // Most units resolve nearly everything in time; a few do not (so targets are missed too).
    this.lateShare = r() < 0.85 ? 0.002 + 0.02 * r() : 0.03 + 0.09 * r();
    this.earlyShare = 0.3 + 0.55 * r();
    this.onlineStart = 0.25 + 0.35 * r();
    this.pending = Math.round(this.size * this.pendingShare * (0.5 + r()));
  }

  /** The month's counts; `m` is the month's index from the first month, `month` its month of the year (1–12). */
  next(m: number, month: number) {
    const r = this.rnd;
    const receivedNew = Math.max(0, Math.round(this.size * SEASON[month - 1] * (1 + 0.004 * m) * (0.85 + 0.3 * r())));
    const carriedOver = this.pending;
    const received = receivedNew + carriedOver;
    const pending = Math.min(received, Math.round(received * this.pendingShare * (0.7 + 0.6 * r())));
    const resolved = received - pending;
    const late = Math.min(resolved, Math.round(resolved * this.lateShare * (0.5 + r())));
    const inTime = resolved - late;
    const early = Math.min(inTime, Math.round(inTime * this.earlyShare * (0.8 + 0.4 * r())));
    const onTime = inTime - early;
    const overdue = Math.round(pending * 0.1 * r());
    const returned = Math.round(received * 0.012 * r());
    const onlineShare = Math.min(0.97, this.onlineStart + 0.008 * m + 0.04 * (r() - 0.5));
    const online = Math.round(receivedNew * onlineShare);
    const onlineFull = Math.round(online * (0.35 + 0.55 * r()));
    const payments = Math.round(online * 0.35 * r());
    this.pending = pending;
    return { receivedNew, carriedOver, received, pending, resolved, late, early, onTime, overdue, returned, online, onlineFull, payments, onlineShare };
  }

  random(): number {
    return this.rnd();
  }
}

/** A CSV file written in 1 MB chunks (a dataset of a million rows is never one string). */
class Sink {
  private fd: number;
  private buf = '';
  bytes = 0;
  rows = 0;

  constructor(readonly path: string, header: string) {
    mkdirSync(dirname(path), { recursive: true });
    this.fd = openSync(path, 'w');
    this.write(header);
  }

  row(line: string): void {
    this.rows++;
    this.write(line);
  }

  private write(s: string): void {
    this.buf += s;
    if (this.buf.length > 1 << 20) this.flush();
  }

  private flush(): void {
    if (!this.buf) return;
    this.bytes += writeSync(this.fd, this.buf);
    this.buf = '';
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

const periodOf = (m: number) => {
  const i = FIRST_MONTH.month - 1 + m;
  const year = FIRST_MONTH.year + Math.floor(i / 12);
  const month = (i % 12) + 1;
  return { year, month, key: `${year}-${String(month).padStart(2, '0')}` };
};

export function generate(options: GenOptions): GenSummary {
  const started = performance.now();
  const seed = options.seed ?? 1;
  const out = resolve(options.out);
  const plan = planFor(options.rows, readUnits());
  const source = `SYNTHETIC — npm run gen:data (seed ${seed})`;
  const tail = `,${source}\n`;
  mkdirSync(out, { recursive: true });

  const summary = new Sink(join(out, options.partition ? 'summary.csv' : 'observations.csv'), HEADER);
  const partitions = new Map<string, Sink>();
  const sinkOf = (province: string) => {
    if (!options.partition) return summary;
    let s = partitions.get(province);
    if (!s) partitions.set(province, (s = new Sink(join(out, 'provinces', `${province}.csv`), HEADER)));
    return s;
  };

  const units = plan.provinces.map((p) => ({
    code: p.code,
    desk: new Unit(seed, p.code, true),
    communes: p.communes.map((c) => new Unit(seed, c, false)),
    sink: sinkOf(p.code),
  }));
  const flows = (sink: Sink, period: string, unit: string, level: string, f: ReturnType<Unit['next']>) => {
    const pre = `${period},${unit},`;
    const post = `,${level},${tail}`;
    sink.row(`${pre}received_new,${f.receivedNew},,${post}`);
    sink.row(`${pre}carried_over,${f.carriedOver},,${post}`);
    sink.row(`${pre}received,${f.received},,${post}`);
    sink.row(`${pre}resolved,${f.resolved},,${post}`);
    sink.row(`${pre}resolved_early,${f.early},,${post}`);
    sink.row(`${pre}resolved_on_time,${f.onTime},,${post}`);
    sink.row(`${pre}resolved_late,${f.late},,${post}`);
    sink.row(`${pre}pending,${f.pending},,${post}`);
    sink.row(`${pre}pending_overdue,${f.overdue},,${post}`);
    sink.row(`${pre}returned,${f.returned},,${post}`);
    sink.row(`${pre}received_online,${f.online},,${post}`);
    sink.row(`${pre}received_online_full,${f.onlineFull},,${post}`);
    sink.row(`${pre}online_payments,${f.payments},,${post}`);
    if (f.resolved > 0) sink.row(`${pre}on_time_rate,${percent2(f.early + f.onTime, f.resolved)},${f.early + f.onTime},${f.resolved}${post}`);
    if (f.received > 0) sink.row(`${pre}resolution_rate,${percent2(f.resolved, f.received)},${f.resolved},${f.received}${post}`);
    if (level === 'xa') {
      // A commune's new dossiers by channel (the three add up to its received_new).
      const postal = Math.min(f.receivedNew - f.online, Math.round(f.receivedNew * 0.03));
      const direct = f.receivedNew - f.online - postal;
      sink.row(`${period},${unit},received_new,${direct},,,${level},truc_tiep,${source}\n`);
      sink.row(`${period},${unit},received_new,${f.online},,,${level},truc_tuyen,${source}\n`);
      sink.row(`${period},${unit},received_new,${postal},,,${level},buu_chinh,${source}\n`);
    }
  };

  const years = new Set<number>();
  for (let m = 0; m < plan.months; m++) {
    const { year, month, key } = periodOf(m);
    years.add(year);
    for (const p of units) {
      let total = 0;
      for (const c of p.communes) {
        const f = c.next(m, month);
        total += f.receivedNew;
        flows(p.sink, key, c.code, 'xa', f);
      }
      const f = p.desk.next(m, month);
      total += f.receivedNew;
      flows(summary, key, p.code, 'tinh', f);
      // The province's whole intake, as its report prints it, by channel (the three add up to it).
      const share = Math.min(0.95, f.onlineShare);
      const online = Math.round(total * share);
      const postal = Math.min(total - online, Math.round(total * (0.02 + 0.04 * p.desk.random())));
      const byChannel = { truc_tiep: total - online - postal, truc_tuyen: online, buu_chinh: postal };
      summary.row(`${key},${p.code},received_new,${total},,,,${tail}`);
      for (const ch of CHANNELS) summary.row(`${key},${p.code},received_new,${byChannel[ch]},,,,${ch}${tail}`);
      // A year's report, once its December is in the data; 2025's covers July to December (a code
      // means another unit before 1/7/2025, so a period across that day could not name it by code).
      const span = year === FIRST_MONTH.year && FIRST_MONTH.month === 7 ? `${year}-H2` : `${year}`;
      if (month === 12) for (const line of yearly(p.desk)) summary.row(`${span},${p.code},${line}${tail}`);
    }
  }

  summary.close();
  for (const s of partitions.values()) s.close();
  const rows = summary.rows + [...partitions.values()].reduce((s, p) => s + p.rows, 0);

  writeFileSync(join(out, 'targets.csv'), targetsCsv([...years], source));
  const generator = `npm run gen:data -- --rows ${options.rows} --seed ${seed}${options.partition ? ' --partition' : ''}`;
  const index = options.partition
    ? { files: ['summary.csv', 'targets.csv'], partitions: units.map((p) => ({ unit: p.code, files: [`provinces/${p.code}.csv`] })), synthetic: true, generator }
    : { files: ['observations.csv', 'targets.csv'], synthetic: true, generator };
  writeFileSync(join(out, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);

  return {
    rows,
    files: options.partition ? ['summary.csv', ...units.map((p) => `provinces/${p.code}.csv`), 'targets.csv'] : ['observations.csv', 'targets.csv'],
    observationsBytes: summary.bytes,
    provinces: plan.provinces.length,
    communes: plan.communes,
    months: plan.months,
    first: periodOf(0).key,
    last: periodOf(plan.months - 1).key,
    seconds: (performance.now() - started) / 1000,
  };
}

/** A province's yearly figures: procedures online, satisfaction, digitisation, the service index (its six groups add up to it). */
function yearly(u: Unit): string[] {
  const r = () => u.random();
  const procedures = 1750 + Math.floor(350 * r());
  const full = Math.round(procedures * (0.45 + 0.3 * r()));
  const partial = Math.min(procedures - full, Math.round(procedures * (0.15 + 0.2 * r())));
  const dossiers = 60000 + Math.floor(400000 * r());
  const digitized = Math.round(dossiers * (0.4 + 0.55 * r()));
  // Service index groups in hundredths of a point, each below its maximum; the index is their sum.
  const maxima = [18, 20, 12, 10, 18, 22];
  const parts = maxima.map((max) => Math.round(max * 100 * (0.6 + 0.38 * r())));
  const hundredths = (n: number) => `${Math.floor(n / 100)}.${String(n % 100).padStart(2, '0')}`;
  const names = ['transparency', 'progress', 'online', 'payment', 'satisfaction', 'digitization'];
  const lines = [
    `procedures_total,${procedures},,,,`,
    `procedures_online_full,${full},,,,`,
    `procedures_online_partial,${partial},,,,`,
    `online_service_rate,${percent2(full + partial, procedures)},${full + partial},${procedures},,`,
    `satisfaction_rate,${(85 + 14 * r()).toFixed(1)},,,,`,
    `digitized_dossier_rate,${percent2(digitized, dossiers)},${digitized},${dossiers},,`,
    `service_index,${hundredths(parts.reduce((s, p) => s + p, 0))},,,,`,
    ...parts.map((p, i) => `service_index_${names[i]},${hundredths(p)},,,,`),
    `par_index,${(78 + 16 * r()).toFixed(2)},,,,`,
  ];
  if (lines.length !== YEARLY_ROWS) throw new Error('yearly rows');
  return lines;
}

function targetsCsv(years: number[], source: string): string {
  const plan = 'KH CCHC (SYNTHETIC)';
  const rows = ['plan,period,unit,level,indicator,op,value,note'];
  for (const y of years) {
    rows.push(`${plan},${y},,,on_time_rate,>=,95,${source}`);
    rows.push(`${plan},${y},,xa,on_time_rate,>=,98,${source}`);
    rows.push(`${plan},${y},,tinh,on_time_rate,>=,97,${source}`);
    rows.push(`${plan},${y},,,resolution_rate,>=,90,${source}`);
    rows.push(`${plan},${y},,,online_service_rate,>=,80,${source}`);
    rows.push(`${plan},${y},,,satisfaction_rate,>=,90,${source}`);
    rows.push(`${plan},${y},,,digitized_dossier_rate,>=,50,${source}`);
  }
  return `${rows.join('\n')}\n`;
}

const USAGE = 'usage: npm run gen:data -- --rows N --out DIR [--seed S] [--partition]\n  N: rows wanted (100000, 100k, 1M); the dataset comes out close to it';

/** `100000`, `100_000`, `100k`, `1M`. */
function count(text: string | undefined): number {
  const m = /^(\d+(?:\.\d+)?)([km]?)$/i.exec((text ?? '').replace(/[_,]/g, ''));
  if (!m) return NaN;
  return Math.round(Number(m[1]) * (m[2].toLowerCase() === 'k' ? 1e3 : m[2].toLowerCase() === 'm' ? 1e6 : 1));
}

function main(argv: string[]): number {
  const args = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--partition' || a === '--help') { flags.add(a); continue; }
    const [name, inline] = a.split(/=(.*)/s, 2);
    if (!['--rows', '--out', '--seed'].includes(name)) { process.stderr.write(`gen:data: unknown argument ${a}\n${USAGE}\n`); return 2; }
    args.set(name, inline ?? argv[++i]);
  }
  const rows = count(args.get('--rows'));
  const seed = args.has('--seed') ? Number(args.get('--seed')) : 1;
  const out = args.get('--out');
  if (flags.has('--help') || !out || !(rows > 0) || !Number.isInteger(seed)) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const s = generate({ rows, out, seed, partition: flags.has('--partition') });
  process.stdout.write(`${out}: ${s.rows.toLocaleString('en')} synthetic rows (${s.provinces} province(s), ${s.communes} communes, ${s.months} months ${s.first}..${s.last}, seed ${seed}) in ${s.files.length} file(s), ${(s.observationsBytes / 1e6).toFixed(1)} MB ${flags.has('--partition') ? 'summary' : 'observations'}, ${s.seconds.toFixed(1)} s\n`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) process.exitCode = main(process.argv.slice(2));
