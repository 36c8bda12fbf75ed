// A problem whose message is written when it is first read. A whole country's file carries a note
// on each of its hundred thousand printed rates; written out, their messages (11 million
// characters at a million rows) were made in the load worker, joined, copied to the page and cut
// apart again, for a reader who opens a few of them. A deferred problem keeps what its message is
// made of (a few numbers and texts) and the name of what writes it; the page is given the same
// writers by name, so the message it shows is the very text the checks would have written.
import type { FigureRef, Problem, Severity } from './types';

/** Writes a message from a problem's numbers and texts. */
export type MessageWriter = (nums: readonly number[], texts: readonly string[]) => string;

/** Writers by name: what the worker made a deferred problem with, the page unpacks it with. */
export type MessageWriters = Readonly<Record<string, MessageWriter>>;

/**
 * Where a deferred problem read from the packed lists (problemPack.ts) finds its figures, numbers
 * and texts, by its index there, when they are asked for.
 */
export interface DeferredParts {
  figures(i: number): FigureRef[];
  /** The unit of each of problem i's figures, in order, without making the figures. */
  figureUnits(i: number, each: (unit: string, j: number) => void): void;
  nums(i: number): number[];
  texts(i: number): string[];
}

/** A problem that names its figures' units without making its figures (model/views/flags.ts). */
export interface UnitsNamer {
  eachFigureUnit(each: (unit: string, j: number) => void): void;
}

export class DeferredProblem implements Problem, UnitsNamer {
  #message: string | undefined;
  // Its figures, numbers and texts: as given, or read from packed lists when asked (a hundred
  // thousand problems unpacked with a list of each, and an object per figure, were some 900,000
  // objects on the page at 1M rows, unpacked in 104-277 ms: .tmp/unpackt.mts).
  readonly #given: { figures: FigureRef[]; nums: readonly number[]; texts: readonly string[] } | null;
  readonly #parts: DeferredParts | null;
  readonly #at: number;

  constructor(
    readonly severity: Severity,
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly code: string,
    figures: FigureRef[] | { parts: DeferredParts; at: number },
    /** The writer's name, as the page's writers know it. */
    readonly writer: string,
    nums: readonly number[],
    texts: readonly string[],
    private readonly write: MessageWriter,
  ) {
    if (Array.isArray(figures)) {
      this.#given = { figures, nums, texts };
      this.#parts = null;
      this.#at = -1;
    } else {
      this.#given = null;
      this.#parts = figures.parts;
      this.#at = figures.at;
    }
  }

  /** The figures it names (read again from the packed lists each time, where it came from them). */
  get figures(): FigureRef[] {
    return this.#given ? this.#given.figures : this.#parts!.figures(this.#at);
  }

  /** The unit of each figure it names, in order, without making the figures where it came from
   * packed lists. */
  eachFigureUnit(each: (unit: string, j: number) => void): void {
    if (this.#given) this.#given.figures.forEach((f, j) => each(f.unit, j));
    else this.#parts!.figureUnits(this.#at, each);
  }

  get nums(): readonly number[] {
    return this.#given ? this.#given.nums : this.#parts!.nums(this.#at);
  }

  get texts(): readonly string[] {
    return this.#given ? this.#given.texts : this.#parts!.texts(this.#at);
  }

  get message(): string {
    return (this.#message ??= this.write(this.nums, this.texts));
  }

  /** As a plain problem: for JSON, and for a structured clone (which keeps no class nor getter). */
  toJSON(): Problem {
    return { severity: this.severity, file: this.file, line: this.line, column: this.column, code: this.code, message: this.message, figures: this.figures };
  }
}

/** A problem as a plain object, its message written out. */
export const plainProblem = (p: Problem): Problem => (p instanceof DeferredProblem ? p.toJSON() : p);
