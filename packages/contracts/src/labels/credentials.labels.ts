import type { SdJwtDisclosable } from '../credentials.schema.js';
import type { Bilingual } from './bilingual.js';
import { FIELD_LABELS } from './profile.labels.js';

/** The claims a talent may disclose in an SD-JWT presentation. */
export const SD_JWT_DISCLOSABLE_LABELS: Record<SdJwtDisclosable, Bilingual> = {
  name: FIELD_LABELS.name,
  employer: FIELD_LABELS.employerId,
  city: { zh: '认定城市', en: 'recognising city' },
};
