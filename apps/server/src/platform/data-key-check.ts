/**
 * The data key an instance's personal data is sealed with is the one it starts with. The first
 * start records a check value (an HMAC under a key derived from the data key) in `settings`; a
 * later start — another node, a restored backup, a changed BOLE_DATA_KEY — with a different key
 * is refused before it seals anything under it (data sealed under two keys cannot be read back).
 */
import { markerValue, setMarker } from '../db/markers.js';
import type { AppContext } from './context.js';
import { StartupError } from './startup-error.js';

const DATA_KEY_MARKER = 'data_key_check';

/** The key differs from the one the database's personal data is sealed with. */
export class DataKeyMismatchError extends StartupError {
  constructor() {
    super(
      [
        "This instance's data key is not the one its database's personal data is sealed with; nothing was changed.",
        'Start every node with the same BOLE_DATA_KEY (or, without it, the keys/data.key of the data folder the instance was made with or restored from).',
      ].join('\n'),
    );
  }
}

/** Records the key's check value on the first start, and refuses a start with another key afterwards. */
export async function checkDataKey(ctx: AppContext): Promise<void> {
  const check = ctx.cipher.auditMac('bole/data-key-check/v1');
  await ctx.db.transaction((tx) => setMarker(tx, DATA_KEY_MARKER, { check }, ctx.clock.now()));
  if ((await markerValue(ctx.db, DATA_KEY_MARKER))?.check !== check) throw new DataKeyMismatchError();
}
