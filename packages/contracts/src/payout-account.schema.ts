/**
 * The talent's payout account (收款账户): the account their benefits are paid into. The number
 * is stored encrypted and shown masked, keeping only its last four digits; only the finance
 * bureau's file carries it in full (an audited read).
 */
import { z } from 'zod';

/**
 * An account number as typed: full-width digits (a Chinese keyboard's) become ASCII and spaces
 * (as printed on a card) are dropped, then 12–30 digits.
 */
export const accountNumber = z
  .string()
  .max(60, 'must be 12 to 30 digits')
  .overwrite((s) => s.normalize('NFKC').replace(/\s+/g, ''))
  .regex(/^\d{12,30}$/, 'must be 12 to 30 digits');

/** PUT /api/v1/talents/me/payout-account: records or replaces the account. */
export const payoutAccountInput = z
  .object({
    bank: z.string().trim().min(1, 'is required').max(60, 'must be at most 60 characters'),
    accountNumber,
    /** Must be the talent's name as recorded in their profile: a benefit is paid only to the talent. */
    holderName: z.string().trim().min(1, 'is required').max(50, 'must be at most 50 characters'),
  })
  .strict();
export type PayoutAccountInput = z.infer<typeof payoutAccountInput>;

/** A recorded account as anyone but the finance bureau's file sees it: the number masked (`**** **** **** 1234`). */
export const payoutAccount = z.object({
  bank: z.string(),
  accountMask: z.string(),
  holderName: z.string(),
  /** When it was recorded (ISO timestamp). */
  setAt: z.string(),
});
export type PayoutAccount = z.infer<typeof payoutAccount>;

/** GET /api/v1/talents/me/payout-account: the account (null while none), the only holder name accepted, and what waits for it. */
export const myPayoutAccount = z.object({
  account: payoutAccount.nullable(),
  /** The talent's recorded name, the one holder name accepted. */
  holderName: z.string(),
  /** Payment lines due but waiting for an account, and their sum. */
  waiting: z.object({ lines: z.number().int(), amountFen: z.number().int() }),
});
export type MyPayoutAccount = z.infer<typeof myPayoutAccount>;
