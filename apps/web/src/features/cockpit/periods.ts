/** Periods offered: this year and last, their quarters, and the last twelve months. */
export function periodOptions(today: Date): string[] {
  const y = today.getFullYear();
  const out = [`${y}`, `${y - 1}`];
  for (const year of [y, y - 1]) for (let q = 4; q >= 1; q--) out.push(`${year}-Q${q}`);
  for (let k = 0; k < 12; k++) {
    const d = new Date(y, today.getMonth() - k, 1);
    out.push(`${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`);
  }
  return out;
}
