// Problems packed into a few arrays and one string, for crossing from the load worker to the page
// and for keeping in IndexedDB. A whole country's file can carry a hundred thousand problems (one
// `rate-rounded` note per printed rate): as objects, the structured clone takes about a second to
// write and more to read back (each problem is an object, a message, a list and a figure), on the
// worker's thread and then on the page's. Packed, it is a copy of a few buffers and one string.
// Unpacking gives back problems equal to those packed, in the same order, with or without their
// `figures` as they were. A deferred problem (./deferredProblem) crosses as what its message is made
// of, and is unpacked as one, given the writers by name.
import type { FigureRef, Problem, Severity } from './types';
import { Dictionary } from './dictionary';
import { Grows } from './grows';
import { DeferredProblem, plainProblem, type DeferredParts, type MessageWriters } from './deferredProblem';
import { ProblemList, type ProblemSource } from './problemList';

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
  /** Per problem: its message's writer as an index into `texts`, or -1 for a message written out. */
  writer: Int32Array;
  /** The deferred problems' numbers, and texts as indices into `texts`: problem i's end at `numEnd[i]`, `textEnd[i]`. */
  nums: Float64Array;
  numEnd: Uint32Array;
  argTexts: Uint32Array;
  textEnd: Uint32Array;
}

const KEYS = new Set(['severity', 'file', 'line', 'column', 'code', 'message', 'figures']);
const FIGURE_KEYS = ['unit', 'period', 'indicator', 'dims'] as const;

/** Whether every problem has only the fields a Problem has (anything else is sent as it is). */
export function packable(problems: readonly Problem[]): boolean {
  for (const p of problems) {
    if (!(p instanceof DeferredProblem)) for (const k in p) if (!KEYS.has(k)) return false;
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
  const writer = new Int32Array(n);
  const numEnd = new Uint32Array(n);
  const textEnd = new Uint32Array(n);
  // The lists written in place in typed arrays, made longer as they fill (a hundred thousand
  // notes' numbers, texts and figures pushed onto growing arrays, then copied into typed ones, took
  // most of packing them), each problem's read once: a deferred problem's are made when read.
  const nums = new Grows(Float64Array, 4 * n);
  const argTexts = new Grows(Uint32Array, 4 * n);
  const figures = new Grows(Uint32Array, 4 * n);
  const messages: string[] = [];
  let end = 0;
  for (let i = 0; i < n; i++) {
    const p = problems[i];
    severity[i] = texts.id(p.severity);
    file[i] = texts.id(p.file);
    code[i] = texts.id(p.code);
    line[i] = p.line;
    column[i] = p.column;
    if (p instanceof DeferredProblem) {
      writer[i] = texts.id(p.writer);
      const ns = p.nums;
      for (let j = 0; j < ns.length; j++) nums.push(ns[j]);
      const ts = p.texts;
      for (let j = 0; j < ts.length; j++) argTexts.push(texts.id(ts[j]));
    } else {
      writer[i] = -1;
      messages.push(p.message);
      end += p.message.length;
    }
    messageEnd[i] = end;
    numEnd[i] = nums.length;
    textEnd[i] = argTexts.length;
    const fs = p.figures;
    if (fs) {
      figureCount[i] = fs.length;
      for (let j = 0; j < fs.length; j++) {
        const f = fs[j];
        figures.push(texts.id(f.unit));
        figures.push(texts.id(f.period));
        figures.push(texts.id(f.indicator));
        figures.push(texts.id(f.dims));
      }
    } else figureCount[i] = -1;
  }
  return { count: n, texts: texts.values, severity, file, code, line, column, messages: messages.join(''), messageEnd, figureCount, figures: figures.done(), writer, nums: nums.done(), numEnd, argTexts: argTexts.done(), textEnd };
}

/** Where each problem's figures, numbers and texts start in the packed lists. */
function partsOf(packed: PackedProblems): DeferredParts & Pick<ProblemSource, 'figure'> {
  const { texts, figureCount, figures, nums, numEnd, argTexts, textEnd } = packed;
  const figureStart = new Uint32Array(packed.count + 1);
  for (let i = 0; i < packed.count; i++) figureStart[i + 1] = figureStart[i] + Math.max(0, figureCount[i]) * 4;
  // The figure whose four indices start at slot f.
  const ref = (f: number): FigureRef => ({ unit: texts[figures[f]], period: texts[figures[f + 1]], indicator: texts[figures[f + 2]], dims: texts[figures[f + 3]] });
  return {
    figures(i) {
      const out: FigureRef[] = [];
      for (let f = figureStart[i]; f < figureStart[i + 1]; f += 4) out.push(ref(f));
      return out;
    },
    figureUnits(i, each) {
      for (let f = figureStart[i], j = 0; f < figureStart[i + 1]; f += 4, j++) each(texts[figures[f]], j);
    },
    figure(i, j) {
      const f = figureStart[i] + 4 * j;
      return j >= 0 && f < figureStart[i + 1] ? ref(f) : undefined;
    },
    nums(i) {
      return Array.from(nums.subarray(i === 0 ? 0 : numEnd[i - 1], numEnd[i]));
    },
    texts(i) {
      const out: string[] = [];
      for (let j = i === 0 ? 0 : textEnd[i - 1]; j < textEnd[i]; j++) out.push(texts[argTexts[j]]);
      return out;
    },
  };
}

/**
 * The problems packed, as a source for a ProblemList (problemList.ts): problem i is made when it is
 * asked for, a deferred one again with its writer from `writers`, reading its figures, numbers and
 * texts from the packed lists when they are asked for in turn; its severity and its figures' units
 * are read without making it.
 */
export function packedSource(packed: PackedProblems, writers: MessageWriters = {}): ProblemSource {
  const { texts, messages, messageEnd, figureCount, writer } = packed;
  const parts = partsOf(packed);
  // Every writer named is known, or the list is refused now rather than when a problem is read.
  const named = new Set<number>();
  for (let i = 0; i < packed.count; i++) if (writer[i] >= 0) named.add(writer[i]);
  for (const w of named) if (!writers[texts[w]]) throw new Error(`no writer named ${texts[w]} for a deferred problem's message`);
  return {
    length: packed.count,
    at(i) {
      const severity = texts[packed.severity[i]] as Severity;
      const file = texts[packed.file[i]];
      const code = texts[packed.code[i]];
      if (writer[i] >= 0) {
        const name = texts[writer[i]];
        return new DeferredProblem(severity, file, packed.line[i], packed.column[i], code, { parts, at: i }, name, [], [], writers[name]);
      }
      const p: Problem = { severity, file, line: packed.line[i], column: packed.column[i], code, message: messages.slice(i === 0 ? 0 : messageEnd[i - 1], messageEnd[i]) };
      // A written-out problem holds its figures (few: those of cells, not notes), none where none were given.
      if (figureCount[i] >= 0) p.figures = parts.figures(i);
      return p;
    },
    severity: (i) => texts[packed.severity[i]] as Severity,
    figureUnits(i, each) {
      if (figureCount[i] < 0) return false;
      parts.figureUnits(i, each);
      return true;
    },
    figure: parts.figure,
  };
}

/** Problems as they cross to the page or into IndexedDB: packed where they can be, else as they are. */
export type WireProblems = { packed: PackedProblems } | { list: Problem[] };

export const toWire = (problems: readonly Problem[]): WireProblems => (packable(problems) ? { packed: packProblems(problems) } : { list: problems.map(plainProblem) });
/** The problems as they crossed, as a list: packed ones made only when they are asked for. */
export const fromWire = (w: WireProblems, writers: MessageWriters = {}): ProblemList => ('packed' in w ? new ProblemList(packedSource(w.packed, writers)) : ProblemList.from(w.list));

/** The packed form's arrays (problemPack.test.ts holds the list to PackedProblems). */
const PACKED_ARRAYS = ['severity', 'file', 'code', 'line', 'column', 'messageEnd', 'figureCount', 'figures', 'writer', 'nums', 'numEnd', 'argTexts', 'textEnd'] as const satisfies readonly (keyof PackedProblems)[];

/**
 * The packed problems' arrays, to move with the message rather than copy (a transfer list). A
 * million rows' hundred thousand notes pack into 13 MB of arrays: copied, the page's first read of
 * the worker's reply took 41-63 ms; moved, 6-10 ms (.tmp/dbgload.mts, Chromium). Once moved, the
 * arrays are empty where they were sent from.
 */
export const problemBuffers = (w: WireProblems): ArrayBuffer[] => ('packed' in w ? PACKED_ARRAYS.map((k) => w.packed[k].buffer as ArrayBuffer) : []);

/** The packed problems with arrays of their own: to keep while the originals are moved away. */
export const copiedProblems = (w: WireProblems): WireProblems => ('packed' in w ? { packed: { ...w.packed, ...Object.fromEntries(PACKED_ARRAYS.map((k) => [k, w.packed[k].slice()])) } } : w);
