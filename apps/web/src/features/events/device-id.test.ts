import { describe, expect, it } from 'vitest';
import { doorDeviceId } from './device-id';

function memory() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
}

describe('doorDeviceId', () => {
  it('makes a short random id once and gives the same one afterwards', () => {
    const s = memory();
    const first = doorDeviceId(s);
    expect(first).toMatch(/^door-[0-9a-f]{8}$/);
    expect(doorDeviceId(s)).toBe(first);
    expect(doorDeviceId(memory())).not.toBe(first);
  });
});
