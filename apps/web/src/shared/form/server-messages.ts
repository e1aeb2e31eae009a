/**
 * The server's field messages are English (`errors[].message`). Known ones are shown in the
 * person's language through this table of translation keys; unknown ones pass through as sent.
 */
const KNOWN: Record<string, string> = {
  'is required': 'serverField.required',
  'must be a date YYYY-MM-DD': 'serverField.date',
  'is not a real calendar date': 'serverField.date',
  'must be an 11-digit mainland mobile number': 'validation.mobile',
  'must not be negative': 'serverField.negative',
  'is not a known field': 'serverField.unknownField',
  'must be at least 8 characters': 'validation.password',
  'must contain a letter': 'validation.password',
  'must contain a digit': 'validation.password',
  'must be 18 characters: 17 digits and a digit or X': 'validation.idNumberFormat',
  'does not start with a valid province code': 'validation.idNumberRegion',
  'contains a birth date that does not exist': 'validation.idNumberBirthDate',
  'contains a birth date in the future': 'validation.notInFuture',
  'has a wrong check character; check for a typo': 'serverField.checksum',
  'must be an 18-character unified social credit code': 'validation.creditCodeFormat',
  'is already registered': 'serverField.duplicate',
  'is already registered by another talent': 'serverField.duplicate',
  'must be 12 to 30 digits': 'payout.accountNumberRule',
  'must be at most 60 characters': 'payout.bankMax',
  'must not be above salaryMax': 'matching.serverSalaryBand',
  'must not be in the past': 'matching.serverPastDate',
  'is not a compact JWS signed with EdDSA or SM2': 'youthStation.codeMalformed',
  'the talent code is malformed': 'youthStation.codeMalformed',
  'the talent code is expired': 'youthStation.codeExpired',
  'the talent code is revoked': 'youthStation.codeRevoked',
  'the talent code is forged': 'youthStation.codeForged',
  'has no booking here starting today': 'youthStation.codeNoBooking',
};

/** The translation key for a server field message, or null when it is not a known one. */
export function serverMessageKey(message: string): string | null {
  return KNOWN[message.trim()] ?? null;
}
