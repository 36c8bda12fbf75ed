import { describe, expect, it } from 'vitest';
import { IdleQueue, type IdleClock } from './idleDraw';

/** A clock the test runs by hand: timers by time, idle periods one at a time. */
function handClock() {
  let now = 0;
  let ids = 0;
  const timers = new Map<number, { at: number; f: () => void }>();
  const idles = new Map<number, () => void>();
  const clock: IdleClock = {
    setTimer: (f, ms) => { timers.set(++ids, { at: now + ms, f }); return ids; },
    clearTimer: (id) => { timers.delete(id); },
    whenIdle: (f) => { idles.set(++ids, f); return ids; },
    cancelIdle: (id) => { idles.delete(id); },
  };
  return {
    clock,
    advance(ms: number) {
      now += ms;
      for (const [id, t] of [...timers]) if (t.at <= now) { timers.delete(id); t.f(); }
    },
    /** Runs the idle callback waiting, if any; whether there was one. */
    idle(): boolean {
      const first = idles.entries().next();
      if (first.done) return false;
      idles.delete(first.value[0]);
      first.value[1]();
      return true;
    },
  };
}

function waiter(name: string, distance: number, drawn: string[]) {
  return { distance: () => distance, draw: () => { drawn.push(name); } };
}

describe('IdleQueue: far charts drawn one at a time once the page has been quiet', () => {
  it('draws nothing before the quiet time, then the nearest chart in each idle period', () => {
    const h = handClock();
    const q = new IdleQueue(h.clock, 5000);
    const drawn: string[] = [];
    q.add(waiter('map', 2400, drawn));
    q.add(waiter('trend', 300, drawn));
    q.add(waiter('levels', 900, drawn));
    h.advance(4999);
    expect(h.idle()).toBe(false);
    expect(drawn).toEqual([]);
    h.advance(1);
    expect(h.idle()).toBe(true);
    expect(drawn).toEqual(['trend']);
    expect(h.idle()).toBe(true);
    expect(h.idle()).toBe(true);
    expect(drawn).toEqual(['trend', 'levels', 'map']);
    expect(h.idle()).toBe(false);
    expect(q.size).toBe(0);
  });

  it('stops at a poke (input, a new view) and starts again after another quiet time', () => {
    const h = handClock();
    const q = new IdleQueue(h.clock, 5000);
    const drawn: string[] = [];
    q.add(waiter('trend', 300, drawn));
    q.add(waiter('map', 2400, drawn));
    h.advance(5000);
    h.idle();
    expect(drawn).toEqual(['trend']);
    q.poke();
    expect(h.idle()).toBe(false);
    h.advance(3000);
    q.poke();
    h.advance(4999);
    expect(h.idle()).toBe(false);
    h.advance(1);
    h.idle();
    expect(drawn).toEqual(['trend', 'map']);
  });

  it('forgets a chart that no longer waits (drawn near the screen, or gone), and waits for nothing when none is left', () => {
    const h = handClock();
    const q = new IdleQueue(h.clock, 5000);
    const drawn: string[] = [];
    const stopTrend = q.add(waiter('trend', 300, drawn));
    const stopMap = q.add(waiter('map', 2400, drawn));
    stopTrend();
    h.advance(5000);
    h.idle();
    expect(drawn).toEqual(['map']);
    stopMap();
    q.poke();
    h.advance(10_000);
    expect(h.idle()).toBe(false);
    expect(drawn).toEqual(['map']);
  });

  it('a chart added later is drawn after its own quiet time', () => {
    const h = handClock();
    const q = new IdleQueue(h.clock, 5000);
    const drawn: string[] = [];
    q.add(waiter('trend', 300, drawn));
    h.advance(4000);
    q.add(waiter('map', 2400, drawn));
    h.advance(4000);
    expect(h.idle()).toBe(false);
    h.advance(1000);
    h.idle();
    expect(drawn).toEqual(['trend']);
  });
});
