/** Mapping between the employer record and its form. Pure. */
import type { EmployerProfile, EmployerProfileInput } from '@bole/contracts';
import type { EmployerSaveBody } from './api';

/** True when the server sent the contact mobile masked (e.g. `138****0001`). */
export function isMasked(value: string | null | undefined): boolean {
  return typeof value === 'string' && value.includes('*');
}

/** Form values: a masked contact mobile starts empty (typing one replaces it). */
export function toEmployerFormValues(p: EmployerProfile): EmployerProfileInput {
  return {
    name: p.name,
    contactMobile: isMasked(p.contactMobile) ? '' : (p.contactMobile ?? ''),
    district: p.district,
    chain: p.chain,
    kind: p.kind,
    flags: p.flags ?? [],
  };
}

/** The PUT body; an empty contact mobile is left out so the one on file is kept. */
export function toEmployerSaveBody(v: EmployerProfileInput): EmployerSaveBody {
  const { contactMobile, ...rest } = v;
  const body: EmployerSaveBody = { ...rest, name: rest.name.trim(), flags: rest.flags ?? [] };
  if (contactMobile?.trim()) body.contactMobile = contactMobile.trim();
  return body;
}
