/** What verifying the tests' B-tier code of 张*明 from 株洲 (issued at `now`, valid a year) returns, but for `over`. */
export function expectedClaims(now: Date, over: { jti: string; issuer: string; statusIndex: number | null; kid: string }) {
  return {
    ...over,
    name: '张*明',
    tier: 'B',
    city: '株洲市',
    cityCode: '430200',
    issuedAt: now.toISOString(),
    validFrom: now.toISOString(),
    validUntil: '2027-07-15T16:00:00.000Z',
  };
}
