import type { FormItemProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { businessDate, type TalentProfileInput } from '@bole/contracts';
import { FIELD_DEPENDENCIES, validateTalentProfile } from './profile-validation';
import type { TalentFormValues } from './profile-form';
import { fieldName } from '../../shared/ui/enum-options';

/** Fields the talent must fill in (marked with an asterisk). */
const REQUIRED: readonly (keyof TalentProfileInput)[] = ['name', 'birthDate', 'highestDegree'];

/**
 * Form.Item props for a profile field: its label, its rules (all from
 * {@link validateTalentProfile}) and the fields it depends on.
 */
export function useProfileField() {
  const { t } = useTranslation();
  return (name: keyof TalentProfileInput): FormItemProps<TalentFormValues> & { name: keyof TalentProfileInput } => {
    const label = fieldName(name);
    return {
      name,
      label,
      required: REQUIRED.includes(name),
      dependencies: FIELD_DEPENDENCIES[name],
      rules: [
        ({ getFieldsValue }) => ({
          validator: async () => {
            const values = getFieldsValue(true) as Partial<TalentFormValues>;
            const issue = validateTalentProfile(values, businessDate(new Date())).find((i) => i.field === name);
            if (issue) throw new Error(t(issue.key, { label, ...issue.params }));
          },
        }),
      ],
    };
  };
}
