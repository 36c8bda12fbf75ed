// Collects problems, at most MAX_PER_FILE per file: 50 MB of garbage must give a useful list,
// not millions of lines. What is left out is summed up in one last problem for that file.
import type { Problem, Severity } from './types';

export const MAX_PER_FILE = 1000;
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export class ProblemLog {
  private readonly list: Problem[] = [];
  private readonly perFile = new Map<string, number>();
  private readonly dropped = new Map<string, { count: number; first: Problem; worst: Severity }>();

  add(p: Problem): void {
    const n = this.perFile.get(p.file) ?? 0;
    if (n < MAX_PER_FILE) {
      this.perFile.set(p.file, n + 1);
      this.list.push(p);
      return;
    }
    const d = this.dropped.get(p.file);
    if (!d) this.dropped.set(p.file, { count: 1, first: p, worst: p.severity });
    else {
      d.count++;
      if (RANK[p.severity] < RANK[d.worst]) d.worst = p.severity;
    }
  }

  addAll(ps: Iterable<Problem>): void {
    for (const p of ps) this.add(p);
  }

  /** The problems kept, plus one summary per file that had more. */
  result(): Problem[] {
    const out = [...this.list];
    for (const [file, d] of this.dropped) out.push(tooManyProblems(file, d));
    return out;
  }
}

/** What a file's problems past the first MAX_PER_FILE come to: how many, the most serious, the first. */
export interface Dropped {
  count: number;
  worst: Severity;
  first: Pick<Problem, 'line' | 'column'>;
}

/** The problem that sums up a file's problems left out. */
export function tooManyProblems(file: string, d: Dropped): Problem {
  return {
    severity: d.worst, file, line: d.first.line, column: d.first.column, code: 'too-many-problems',
    message: `${d.count.toLocaleString('en')} more problems in ${file} from here on are not listed (the first ${MAX_PER_FILE} are): is this the right file?`,
  };
}

/** What a 'too-many-problems' summary (tooManyProblems) says was left out. */
export function droppedOf(p: Problem): Dropped {
  return { count: Number(p.message.slice(0, p.message.indexOf(' ')).replace(/,/g, '')), worst: p.severity, first: { line: p.line, column: p.column } };
}

/** The more serious of two severities. */
export const worse = (a: Severity, b: Severity): Severity => (RANK[b] < RANK[a] ? b : a);
