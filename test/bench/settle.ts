// A browser just launched is busy with itself for its first seconds: Chromium 156 starts its
// omnibox popup's WebUI renderer (about 1.3 s of CPU in the first 2 s after launch, measured with
// CDP SystemInfo.getProcessInfo). On 2 cores that took a core from the page the bench had opened at
// once: the first chart at 1M rows came 0.7-0.9 s later (3 interleaved pairs, 9.3-9.7 s against
// 8.5-9.1 s). A reader's browser is started before they open a link, and papaparse's own figure
// is measured in a browser that has settled; so the bench waits until the browser is quiet.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** CPU ticks (user + system) of every process below `root`, from Linux's /proc; null elsewhere. */
export function descendantsTicks(root: number = process.pid, proc = '/proc'): number | null {
  if (!existsSync(proc)) return null;
  const parent = new Map<number, number>();
  const ticks = new Map<number, number>();
  for (const name of readdirSync(proc)) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try { stat = readFileSync(`${proc}/${name}/stat`, 'utf8'); } catch { continue; } // gone meanwhile
    // "pid (comm) state ppid … utime stime …": comm may hold spaces and parentheses.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    parent.set(Number(name), Number(f[1]));
    ticks.set(Number(name), Number(f[11]) + Number(f[12]));
  }
  let sum = 0;
  for (const [pid, t] of ticks) {
    for (let p = parent.get(pid); p !== undefined && p !== 0; p = parent.get(p)) {
      if (p === root) { sum += t; break; }
    }
  }
  return sum;
}

/**
 * Resolves once the processes below this one (the browser's) have used less than `quietTicks`
 * CPU ticks (1/100 s each on Linux) in each of `windows` windows of `windowMs` in a row, or after
 * `maxMs`. Where /proc is not there, waits `fallbackMs`.
 */
export async function untilBrowserQuiet({ windowMs = 250, windows = 4, quietTicks = 3, maxMs = 15_000, fallbackMs = 3_000 } = {}): Promise<{ waitedMs: number; quiet: boolean }> {
  const started = Date.now();
  const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));
  const first = descendantsTicks();
  if (first === null) { await sleep(fallbackMs); return { waitedMs: Date.now() - started, quiet: false }; }
  let last: number = first;
  for (let run = 0; run < windows;) {
    if (Date.now() - started > maxMs) return { waitedMs: Date.now() - started, quiet: false };
    await sleep(windowMs);
    const now: number = descendantsTicks() ?? last;
    run = now - last < quietTicks ? run + 1 : 0;
    last = now;
  }
  return { waitedMs: Date.now() - started, quiet: true };
}
