import { describe, expect, it } from 'vitest';
import { moduleLoader } from './moduleLoader';

describe('moduleLoader', () => {
  it('loads once and hands out the same promise, marked fulfilled with the module once it has come (what React\'s use reads without suspending)', async () => {
    let calls = 0;
    const load = moduleLoader(async () => { calls++; return { name: 'EChart' }; });
    const first = load();
    expect(load()).toBe(first);
    expect((first as { status?: string }).status).toBeUndefined();
    await first;
    expect(first).toMatchObject({ status: 'fulfilled', value: { name: 'EChart' } });
    expect(load()).toBe(first);
    expect(calls).toBe(1);
  });

  it('after a failure (a chunk that did not come), asks again', async () => {
    let calls = 0;
    const load = moduleLoader(async () => { calls++; if (calls === 1) throw new Error('offline'); return 'module'; });
    await expect(load()).rejects.toThrow('offline');
    const again = load();
    await expect(again).resolves.toBe('module');
    expect(calls).toBe(2);
    expect(again).toMatchObject({ status: 'fulfilled', value: 'module' });
  });
});
