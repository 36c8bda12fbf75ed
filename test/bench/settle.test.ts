import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { descendantsTicks } from './settle';

/** A /proc of our own: pid → [ppid, comm, utime, stime]. */
function fakeProc(procs: Record<number, [number, string, number, number]>): string {
  const dir = mkdtempSync(join(tmpdir(), 'fake-proc-'));
  for (const [pid, [ppid, comm, utime, stime]] of Object.entries(procs)) {
    mkdirSync(join(dir, pid));
    // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime …
    writeFileSync(join(dir, pid, 'stat'), `${pid} (${comm}) S ${ppid} 0 0 0 -1 0 0 0 0 0 ${utime} ${stime} 0 0 20 0 1 0\n`);
  }
  mkdirSync(join(dir, 'sys'));
  return dir;
}

describe('descendantsTicks', () => {
  it('sums user and system ticks of every process below the root, at any depth, and no other', () => {
    const proc = fakeProc({
      1: [0, 'init', 500, 500],
      100: [1, 'node', 70, 30], // the root itself is not counted
      101: [100, 'chromium', 40, 10],
      102: [101, 'chromium (renderer)', 5, 2], // a name with a space and parentheses
      103: [102, 'a) b', 1, 1],
      200: [1, 'other', 900, 900],
    });
    expect(descendantsTicks(100, proc)).toBe(40 + 10 + 5 + 2 + 1 + 1);
    expect(descendantsTicks(101, proc)).toBe(5 + 2 + 1 + 1);
    expect(descendantsTicks(200, proc)).toBe(0);
  });

  it('is null where there is no /proc', () => {
    expect(descendantsTicks(1, join(tmpdir(), 'no-such-proc-dir'))).toBeNull();
  });

  it.skipIf(process.platform !== 'linux')('counts a real child that spends CPU', async () => {
    const before = descendantsTicks()!;
    // The child spends 400 ms of its own CPU time, however long a loaded machine takes to give it
    // that (a loop of 400 ms of the clock could get less than 30 ticks there), then says so.
    const burn = 'const u = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; }; while (u() < 400); console.log("spent"); setTimeout(() => {}, 30000)';
    const child = spawn(process.execPath, ['-e', burn]);
    try {
      await new Promise((ok, fail) => {
        child.stdout.on('data', (d: Buffer) => { if (d.toString().includes('spent')) ok(null); });
        child.on('exit', () => fail(new Error('the child ended before it had spent its CPU time')));
      });
      // 400 ms of CPU time is 40 ticks of 1/100 s; at least 30, whatever the rounding.
      expect(descendantsTicks()! - before).toBeGreaterThanOrEqual(30);
    } finally {
      child.kill();
    }
  }, 60_000);
});
