/** Rows of a raw `db.execute` query, whichever driver (PGlite or node-postgres) is behind it. */
export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
