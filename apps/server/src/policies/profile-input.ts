/** Builds the engine's profile input (the pack's field names) from a stored talent. Pure. */
import type { ProfileRow } from './profile-source.repository.js';

/**
 * The profile input of a stored talent. `idNumber` is the decrypted ID number (or null); it is
 * only used to derive the birthplace prefix and is never returned to a caller.
 */
export function profileInputOf(row: ProfileRow, idNumber: string | null): Record<string, unknown> {
  const { idNumberEnc: _sealed, employerChain, employerKind, employerDistrict, employerFlags, ...rest } = row;
  return {
    ...rest,
    idNumber,
    employer:
      row.employerId === null
        ? null
        : { chain: employerChain, kind: employerKind, district: employerDistrict, flags: employerFlags ?? [] },
  };
}

/** The fields a stored profile must have before it can be evaluated. */
export function missingRequired(row: ProfileRow): string[] {
  return [row.birthDate === null ? 'birthDate' : null, row.highestDegree === null ? 'highestDegree' : null].filter((x): x is string => x !== null);
}
