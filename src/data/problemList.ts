// A dataset's problems as the page keeps them: read by index, and made into objects only when one
// is asked for. A whole country's file carries a note on each of its hundred thousand printed
// rates. Unpacked into an object each, they were a fifth of the objects on the page's heap, which
// every full garbage collection marks again, in the middle of a drill (.tmp/heapcount.mts). The
// list reads what the views ask of every problem (its severity, its figures' units) from the
// packed lists (problemPack.ts) without making the problem. The command line and the worker hold
// their problems in an array; the same list reads them there.
import type { FigureRef, Problem, Severity } from './types';

/** Where a list's problems are: an array of them, or the packed lists (problemPack.ts). */
export interface ProblemSource {
  readonly length: number;
  /** Problem i, as an object (made now where it is packed). */
  at(i: number): Problem;
  severity(i: number): Severity;
  /** Calls `each` with the unit of each figure problem i names, in order; false where it names
   * none (no `figures` at all: a problem about a cell). */
  figureUnits(i: number, each: (unit: string, j: number) => void): boolean;
  /** Figure j of those problem i names. */
  figure(i: number, j: number): FigureRef | undefined;
}

/** A problem that names its figures' units without making them (a deferred problem). */
const namesUnits = (p: Problem): p is Problem & { eachFigureUnit(each: (unit: string, j: number) => void): void } =>
  typeof (p as { eachFigureUnit?: unknown }).eachFigureUnit === 'function';

/** An array of problems as a source. */
function arraySource(problems: readonly Problem[]): ProblemSource {
  return {
    length: problems.length,
    at: (i) => problems[i],
    severity: (i) => problems[i].severity,
    figureUnits(i, each) {
      const p = problems[i];
      if (namesUnits(p)) { p.eachFigureUnit(each); return true; }
      if (!p.figures) return false;
      p.figures.forEach((f, j) => each(f.unit, j));
      return true;
    },
    figure: (i, j) => problems[i].figures?.[j],
  };
}

/**
 * The problems, in order, read-only. Besides reading by index, it has the array methods that read
 * (each problem made as the method comes to it); `severityAt`, `eachFigureUnitAt` and `figureAt`
 * make none.
 */
export class ProblemList implements Iterable<Problem> {
  constructor(private readonly source: ProblemSource) {}

  /** The list of an array (the array itself is read, not copied), or the list given. */
  static from(problems: readonly Problem[] | ProblemList): ProblemList {
    return problems instanceof ProblemList ? problems : new ProblemList(arraySource(problems));
  }

  get length(): number {
    return this.source.length;
  }

  /** Problem i (undefined past the end). Where it is packed, a new object each time it is asked
   * for, equal to the one before: keep it rather than ask again. */
  at(i: number): Problem | undefined {
    return i >= 0 && i < this.source.length ? this.source.at(i) : undefined;
  }

  severityAt(i: number): Severity {
    return this.source.severity(i);
  }

  /** The unit of each figure problem i names, in order; false where it names none. */
  eachFigureUnitAt(i: number, each: (unit: string, j: number) => void): boolean {
    return this.source.figureUnits(i, each);
  }

  /** Figure j of those problem i names. */
  figureAt(i: number, j: number): FigureRef | undefined {
    return this.source.figure(i, j);
  }

  *[Symbol.iterator](): Iterator<Problem> {
    for (let i = 0; i < this.source.length; i++) yield this.source.at(i);
  }

  forEach(each: (p: Problem, i: number) => void): void {
    for (let i = 0; i < this.source.length; i++) each(this.source.at(i), i);
  }

  map<T>(each: (p: Problem, i: number) => T): T[] {
    const out = new Array<T>(this.source.length);
    for (let i = 0; i < this.source.length; i++) out[i] = each(this.source.at(i), i);
    return out;
  }

  filter(keep: (p: Problem, i: number) => boolean): Problem[] {
    const out: Problem[] = [];
    for (let i = 0; i < this.source.length; i++) {
      const p = this.source.at(i);
      if (keep(p, i)) out.push(p);
    }
    return out;
  }

  findIndex(match: (p: Problem, i: number) => boolean): number {
    for (let i = 0; i < this.source.length; i++) if (match(this.source.at(i), i)) return i;
    return -1;
  }

  find(match: (p: Problem, i: number) => boolean): Problem | undefined {
    for (let i = 0; i < this.source.length; i++) {
      const p = this.source.at(i);
      if (match(p, i)) return p;
    }
    return undefined;
  }

  some(match: (p: Problem, i: number) => boolean): boolean {
    return this.findIndex(match) >= 0;
  }

  /** Every problem, made: for JSON, and for whoever needs an array. */
  toArray(): Problem[] {
    return this.map((p) => p);
  }

  toJSON(): Problem[] {
    return this.toArray();
  }
}
