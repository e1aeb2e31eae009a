/**
 * A PostgreSQL array literal (`{"a","b",NULL}`), sent as one parameter: bulk statements pass a
 * column of values per parameter (`unnest($1::uuid[], …)`) instead of one parameter per value.
 */
export function pgArray(values: readonly (string | number | null)[]): string {
  return `{${values.map((v) => (v === null ? 'NULL' : typeof v === 'number' ? String(v) : `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`)).join(',')}}`;
}
