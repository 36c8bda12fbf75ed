// Problems packed into a few arrays and one string, for crossing from the load worker to the page
// and for keeping in IndexedDB. A whole country's file can carry a hundred thousand problems (one
// `rate-rounded` note per printed rate): as objects, the structured clone takes about a second to
// write and more to read back (each problem is an object, a message, a list and a figure), on the
// worker's thread and then on the page's. Packed, it is a copy of a few buffers and one string.
// Unpacking gives back problems equal to those packed, in the same order, with or without their
// `figures` as they were.
import type { FigureRef, Problem, Severity } from './types';
import { Dictionary } from './dictionary';

export interface PackedProblems {
  count: number;
  /** Distinct texts: severities, files, codes and the figures' keys. */
  texts: string[];
  /** Per problem: its severity, file and code as indices into `texts`. */
  severity: Uint32Array;
  file: Uint32Array;
  code: Uint32Array;
  line: Float64Array;
  column: Float64Array;
  /** The messages one after another; problem i's ends at `messageEnd[i]`. */
  messages: string;
  messageEnd: Uint32Array;
  /** Per problem: how many figures it names, or -1 for none given (no `figures` at all). */
  figureCount: Int32Array;
  /** Four indices into `texts` per figure (unit, period, indicator, dims), the problems' in order. */
  figures: Uint32Array;
}

const KEYS = new Set(['severity', 'file', 'line', 'column', 'code', 'message', 'figures']);
const FIGURE_KEYS = ['unit', 'period', 'indicator', 'dims'] as const;

/** Whether every problem has only the fields a Problem has (anything else is sent as it is). */
export function packable(problems: readonly Problem[]): boolean {
  for (const p of problems) {
    for (const k in p) if (!KEYS.has(k)) return false;
    if (p.figures) for (const f of p.figures) for (const k in f) if (!(FIGURE_KEYS as readonly string[]).includes(k)) return false;
  }
  return true;
}

export function packProblems(problems: readonly Problem[]): PackedProblems {
  const n = problems.length;
  const texts = new Dictionary();
  const severity = new Uint32Array(n);
  const file = new Uint32Array(n);
  const code = new Uint32Array(n);
  const line = new Float64Array(n);
  const column = new Float64Array(n);
  const messageEnd = new Uint32Array(n);
  const figureCount = new Int32Array(n);
  const messages: string[] = [];
  const figures: number[] = [];
  let end = 0;
  for (let i = 0; i < n; i++) {
    const p = problems[i];
    severity[i] = texts.id(p.severity);
    file[i] = texts.id(p.file);
    code[i] = texts.id(p.code);
    line[i] = p.line;
    column[i] = p.column;
    messages.push(p.message);
    end += p.message.length;
    messageEnd[i] = end;
    if (p.figures) {
      figureCount[i] = p.figures.length;
      for (const f of p.figures) figures.push(texts.id(f.unit), texts.id(f.period), texts.id(f.indicator), texts.id(f.dims));
    } else figureCount[i] = -1;
  }
  return { count: n, texts: texts.values, severity, file, code, line, column, messages: messages.join(''), messageEnd, figureCount, figures: Uint32Array.from(figures) };
}

export function unpackProblems(packed: PackedProblems): Problem[] {
  const { texts, messages, messageEnd, figureCount, figures } = packed;
  const out: Problem[] = new Array(packed.count);
  let start = 0;
  let f = 0;
  for (let i = 0; i < packed.count; i++) {
    const end = messageEnd[i];
    const p: Problem = {
      severity: texts[packed.severity[i]] as Severity, file: texts[packed.file[i]], line: packed.line[i], column: packed.column[i],
      code: texts[packed.code[i]], message: messages.slice(start, end),
    };
    start = end;
    const k = figureCount[i];
    if (k >= 0) {
      const refs: FigureRef[] = new Array(k);
      for (let j = 0; j < k; j++, f += 4) refs[j] = { unit: texts[figures[f]], period: texts[figures[f + 1]], indicator: texts[figures[f + 2]], dims: texts[figures[f + 3]] };
      p.figures = refs;
    }
    out[i] = p;
  }
  return out;
}

/** Problems as they cross to the page or into IndexedDB: packed where they can be, else as they are. */
export type WireProblems = { packed: PackedProblems } | { list: Problem[] };

export const toWire = (problems: readonly Problem[]): WireProblems => (packable(problems) ? { packed: packProblems(problems) } : { list: [...problems] });
export const fromWire = (w: WireProblems): Problem[] => ('packed' in w ? unpackProblems(w.packed) : w.list);
