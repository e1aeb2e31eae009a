/**
 * Money as people read it. The API speaks integer fen; every screen shows yuan, with 元 after
 * the number in Chinese and ¥ before it in English.
 */

/** How a screen writes an amount. */
export interface FenFormat {
  /**
   * `always`: two decimals, as the ledgers show amounts (payments, budgets, 我的待遇, the sweep);
   * `when-any` (default): whole yuan unless there are cents (calculator, what-if, applications).
   */
  cents?: 'always' | 'when-any';
  /** A plus sign on gains, for changes and deltas. */
  signed?: boolean;
}

/**
 * `15000000` fen → `150,000 元` (zh) or `¥150,000` (en); `150050` → `1,500.50 元`;
 * `-120000` → `-¥1,200`. The sign always stands first.
 */
export function formatFen(fen: number, lang: string, { cents = 'when-any', signed = false }: FenFormat = {}): string {
  const decimals = cents === 'always' || fen % 100 !== 0 ? 2 : 0;
  const text = new Intl.NumberFormat('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: 2 }).format(Math.abs(fen) / 100);
  const sign = fen < 0 ? '-' : signed && fen > 0 ? '+' : '';
  return lang.startsWith('en') ? `${sign}¥${text}` : `${sign}${text} 元`;
}

/** A signed change: `+50,000 元` / `-¥1,200`. */
export function formatFenDelta(fen: number, lang: string, format: Omit<FenFormat, 'signed'> = {}): string {
  return formatFen(fen, lang, { ...format, signed: true });
}
