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
    const child = spawn(process.execPath, ['-e', 'const t = Date.now(); while (Date.now() - t < 400); setTimeout(() => {}, 5000)']);
    try {
      await new Promise((ok) => setTimeout(ok, 1000));
      // 400 ms of a busy loop (and node's start) is at least 30 ticks of 1/100 s.
      expect(descendantsTicks()! - before).toBeGreaterThanOrEqual(30);
    } finally {
      child.kill();
    }
  });
});
