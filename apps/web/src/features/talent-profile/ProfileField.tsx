import { Checkbox, Form, Input, InputNumber, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TalentFact } from '@bole/contracts';
import { FactStatusTag } from './FactStatusTag';
import { DateField } from '../../shared/ui/DateField';
import { enumOptions } from '../../shared/ui/enum-options';
import { EmployerPicker } from './EmployerPicker';
import { IdNumberInput } from './IdNumberInput';
import type { FieldSpec } from './profile-sections';
import { useProfileField } from './use-profile-field';

/** What the field needs from the saved profile. */
export interface ProfileContext {
  maskedIdNumber: string | null;
  employerName: string | null;
  /** Each verifiable field's fact (its status), once loaded. */
  facts?: ReadonlyMap<string, TalentFact>;
}

/** One field of the talent profile form, rendered from its {@link FieldSpec}. */
export function ProfileField({ spec, ctx }: { spec: FieldSpec; ctx: ProfileContext }) {
  const { t } = useTranslation();
  // A field the talent left empty and nobody confirmed has no status to show.
  const known = ctx.facts?.get(spec.name);
  const empty = known && known.status === 'declared' && (known.declared === null || (Array.isArray(known.declared) && known.declared.length === 0));
  const fact = empty ? undefined : known;
  const item = { ...useProfileField()(spec.name), extra: fact ? <FactStatusTag fact={fact} spec={spec} employerName={ctx.employerName} /> : undefined };
  const testId = `field-${spec.name}`;

  switch (spec.kind) {
    case 'text':
      return (
        <Form.Item {...item}>
          <Input maxLength={spec.max} data-testid={testId} />
        </Form.Item>
      );
    case 'date':
      return (
        <Form.Item {...item}>
          <DateField noFuture placeholder="YYYY-MM-DD" aria-label={String(item.label)} />
        </Form.Item>
      );
    case 'enum':
      return (
        <Form.Item {...item}>
          <Select options={enumOptions(t, spec.group, spec.values)} allowClear={spec.clearable} placeholder={t('common.select')} data-testid={testId} />
        </Form.Item>
      );
    case 'multi':
      return (
        <Form.Item {...item}>
          <Checkbox.Group options={enumOptions(t, spec.group, spec.values)} data-testid={testId} />
        </Form.Item>
      );
    case 'bool':
      return (
        <Form.Item {...item} valuePropName="checked">
          <Switch checkedChildren={t('common.yes')} unCheckedChildren={t('common.no')} data-testid={testId} />
        </Form.Item>
      );
    case 'int':
      return (
        <Form.Item {...item}>
          <InputNumber
            min={0}
            max={spec.max}
            precision={0}
            inputMode="numeric"
            style={{ width: '100%' }}
            suffix={spec.unit ? t(`talent.units.${spec.unit}`) || undefined : undefined}
            data-testid={testId}
          />
        </Form.Item>
      );
    case 'idNumber':
      return (
        <Form.Item {...item}>
          <IdNumberInput key={ctx.maskedIdNumber ?? 'none'} masked={ctx.maskedIdNumber} />
        </Form.Item>
      );
    case 'employer':
      return (
        <Form.Item {...item}>
          <EmployerPicker currentName={ctx.employerName} />
        </Form.Item>
      );
  }
}
