/**
 * antd form rules built on the shared contracts, so the browser rejects exactly what the
 * server would, with messages in the person's language.
 */
import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { mobile, password } from '@bole/contracts';
import { checkCreditCode } from '../lib/credit-code';

/** Required text field. */
export function requiredRule(t: TFunction, label: string, choose = false): FormRule {
  return { required: true, whitespace: true, message: t(choose ? 'validation.choose' : 'validation.required', { label }) };
}

/** Mainland mobile number (the contracts' `mobile`). */
export function mobileRule(t: TFunction): FormRule {
  return {
    validator: async (_, v: unknown) => {
      if (v === undefined || v === null || v === '') return;
      if (!mobile.safeParse(v).success) throw new Error(t('validation.mobile'));
    },
  };
}

/** A new password (the contracts' `password`). */
export function passwordRule(t: TFunction): FormRule {
  return {
    validator: async (_, v: unknown) => {
      if (v === undefined || v === null || v === '') return;
      if (!password.safeParse(v).success) throw new Error(t('validation.password'));
    },
  };
}

/** Unified social credit code with its GB 32100 check character. */
export function creditCodeRule(t: TFunction): FormRule {
  return {
    validator: async (_, v: unknown) => {
      if (typeof v !== 'string' || v === '') return;
      const problem = checkCreditCode(v);
      if (problem === 'format') throw new Error(t('validation.creditCodeFormat'));
      if (problem === 'region') throw new Error(t('validation.creditCodeRegion'));
      if (problem === 'checksum') throw new Error(t('validation.creditCodeChecksum'));
    },
  };
}

/** "Confirm password" must equal the field `field`. */
export function sameAsRule(t: TFunction, field: string): FormRule {
  return ({ getFieldValue }) => ({
    validator: async (_, v: unknown) => {
      if (!v || getFieldValue(field) === v) return;
      throw new Error(t('validation.passwordMismatch'));
    },
  });
}
