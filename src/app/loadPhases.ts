// Where a load's time goes, as User Timing measures on the page's own timeline (`cchc:files`,
// `cchc:read`, `cchc:compute`, `cchc:send`, then `cchc:page`): the worker times its phases on
// the clock both threads share (performance.timeOrigin + now), and the page measures them when
// the figures come. They show in the browser's performance panel beside the page's own work,
// and the bench (test/bench) prints them beside the first chart's time. A handful of entries
// per load; nothing else reads them.

/** A load's phases in the worker. `files`: from the request until its files are in hand (the
 * page's fetch, or the worker's); `read`: a kept result looked for (reopen.ts), then the rows read
 * and their units placed; `compute`: the
 * sums and checks; `send`: the first view found and the figures packed and posted; `reopened`: a
 * result kept from an earlier opening read back instead. */
export type LoadPhase = 'files' | 'read' | 'compute' | 'send' | 'reopened';

/** A phase's start and end, in milliseconds since the epoch (timeOrigin + now). */
export interface PhaseTiming { phase: LoadPhase; start: number; end: number }

/** Now, on the clock a worker and its page share. */
export const sharedNow = (): number => performance.timeOrigin + performance.now();

/** Times a load's phases in order: each `next` ends the phase before (if any) and starts another. */
export class PhaseClock {
  private readonly done: PhaseTiming[] = [];
  private current: { phase: LoadPhase; start: number } | null = null;

  constructor(private readonly now: () => number = sharedNow) {}

  /** Starts `phase`, ending the one before; null ends the last. */
  next(phase: LoadPhase | null): void {
    const t = this.now();
    if (this.current) this.done.push({ phase: this.current.phase, start: this.current.start, end: t });
    this.current = phase === null ? null : { phase, start: t };
  }

  /** The phase now running is in fact `phase` (a lookup that found a kept result: `reopened`). */
  as(phase: LoadPhase): void {
    if (this.current) this.current = { phase, start: this.current.start };
  }

  /** The phases ended so far, in order. */
  timings(): PhaseTiming[] {
    return [...this.done];
  }
}

/** Measures a load's phases on the page (`cchc:<phase>`), and the page's own part from `pageStart`
 * (when the figures came) to now (`cchc:page`). Quiet where the browser cannot (no User Timing). */
export function measureLoadPhases(timings: readonly PhaseTiming[], pageStart: number): void {
  try {
    const origin = performance.timeOrigin;
    for (const t of timings) performance.measure(`cchc:${t.phase}`, { start: Math.max(0, t.start - origin), end: Math.max(0, t.end - origin) });
    performance.measure('cchc:page', { start: pageStart, end: performance.now() });
  } catch {
    // An old browser without measure's options: nothing to show.
  }
}
