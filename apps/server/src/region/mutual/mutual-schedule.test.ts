import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Config } from '../../config.js';
import { startMutualRecheck } from './mutual-schedule.js';

const configOf = (trustListUrl: string | undefined) => ({ region: { trustListUrl, committeeJwks: undefined, refreshSeconds: 300 } }) as unknown as Config;
const log = () => ({ info: vi.fn(), warn: vi.fn() });

afterEach(() => vi.useRealTimers());

describe('startMutualRecheck', () => {
  it('re-checks every refresh period and logs the ends and the sources without a list', async () => {
    vi.useFakeTimers();
    const recheck = vi.fn().mockResolvedValue({ ended: ['m1'], unreachable: ['430100'] });
    const l = log();
    const stop = startMutualRecheck({ config: configOf('https://committee.example/trust-list') }, l, recheck);
    await vi.advanceTimersByTimeAsync(299_000);
    expect(recheck).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(recheck).toHaveBeenCalledTimes(1);
    expect(l.info).toHaveBeenCalledWith({ ended: 1 }, expect.stringContaining('revoked'));
    expect(l.warn).toHaveBeenCalledWith({ sources: ['430100'] }, expect.any(String));
    await vi.advanceTimersByTimeAsync(300_000);
    expect(recheck).toHaveBeenCalledTimes(2);
    stop();
    await vi.advanceTimersByTimeAsync(900_000);
    expect(recheck).toHaveBeenCalledTimes(2);
  });

  it('keeps going after a failed re-check and does nothing outside a region', async () => {
    vi.useFakeTimers();
    const failing = vi.fn().mockRejectedValueOnce(new Error('database down')).mockResolvedValue({ ended: [], unreachable: [] });
    const l = log();
    const stop = startMutualRecheck({ config: configOf('https://committee.example/trust-list') }, l, failing);
    await vi.advanceTimersByTimeAsync(600_000);
    expect(failing).toHaveBeenCalledTimes(2);
    expect(l.warn).toHaveBeenCalledWith({ err: 'Error: database down' }, expect.stringContaining('next tick'));
    stop();
    const idle = vi.fn();
    startMutualRecheck({ config: configOf(undefined) }, l, idle)();
    await vi.advanceTimersByTimeAsync(600_000);
    expect(idle).not.toHaveBeenCalled();
  });
});
