import { describe, expect, it } from 'vitest';
import { PhaseClock } from './loadPhases';

/** A clock that reads the times given, one per call. */
const ticking = (...times: number[]) => () => times.shift()!;

describe('PhaseClock', () => {
  it('ends each phase where the next starts, and the last where it is told to stop', () => {
    const clock = new PhaseClock(ticking(100, 250, 900, 1700, 1800));
    clock.next('files');
    clock.next('read');
    clock.next('compute');
    clock.next('send');
    expect(clock.timings()).toEqual([
      { phase: 'files', start: 100, end: 250 },
      { phase: 'read', start: 250, end: 900 },
      { phase: 'compute', start: 900, end: 1700 },
    ]);
    clock.next(null);
    expect(clock.timings().at(-1)).toEqual({ phase: 'send', start: 1700, end: 1800 });
  });

  it('names the running phase again when a lookup found a kept result', () => {
    const clock = new PhaseClock(ticking(0, 40, 65));
    clock.next('files');
    clock.next('read');
    clock.as('reopened');
    clock.next(null);
    expect(clock.timings()).toEqual([{ phase: 'files', start: 0, end: 40 }, { phase: 'reopened', start: 40, end: 65 }]);
  });

  it('gives a copy: what it handed out does not change as it goes on', () => {
    const clock = new PhaseClock(ticking(0, 1, 2));
    clock.next('files');
    clock.next('read');
    const before = clock.timings();
    clock.next(null);
    expect(before).toHaveLength(1);
  });
});
