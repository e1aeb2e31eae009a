/** This door device's id: random, made once and kept in the browser so every scan names its device. */
const KEY = 'bole.events.deviceId';

/** The device id, made on first use. */
export function doorDeviceId(storage: Pick<Storage, 'getItem' | 'setItem'> = localStorage): string {
  const kept = storage.getItem(KEY);
  if (kept) return kept;
  const made = `door-${crypto.randomUUID().slice(0, 8)}`;
  storage.setItem(KEY, made);
  return made;
}
