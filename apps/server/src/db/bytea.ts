/** The `bytea` column type for Drizzle tables (node-postgres answers a Buffer, PGlite a Uint8Array). */
import { customType } from 'drizzle-orm/pg-core';

/** A PostgreSQL `bytea` column read as a Buffer on either driver. */
export const bytea = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v.buffer, v.byteOffset, v.byteLength)),
});
