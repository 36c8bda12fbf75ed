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

export class DeferredProblem implements Problem {
  #message: string | undefined;

  constructor(
    readonly severity: Severity,
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly code: string,
    readonly figures: FigureRef[],
    /** The writer's name, as the page's writers know it. */
    readonly writer: string,
    readonly nums: readonly number[],
    readonly texts: readonly string[],
    private readonly write: MessageWriter,
  ) {}

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
