import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { TalentFact } from '@bole/contracts';
import { domainLabel, enumLabel } from '../../shared/ui/enum-options';
import type { FieldSpec } from './profile-sections';
import { formatDate } from '../../shared/lib/date-time';

/** A verified or declared value as the talent reads it (enum labels, yes/no, numbers, dates as they are). */
function valueText(t: TFunction, spec: FieldSpec, value: unknown, employerName: string | null): string {
  if (value === null || value === undefined) return t('common.none');
  if (Array.isArray(value)) return value.map((v) => (spec.kind === 'multi' ? enumLabel(t, spec.group, String(v)) : String(v))).join('、');
  if (typeof value === 'boolean') return t(value ? 'common.yes' : 'common.no');
  if (spec.kind === 'enum') return enumLabel(t, spec.group, String(value));
  if (spec.kind === 'employer') return employerName ?? String(value);
  return String(value);
}

/**
 * A fact's status beside its field on 我的档案: 已核验 with who confirmed it and when, declared
 * only, or differing from the verified value (which it shows; the declaration stays a claim).
 */
export function FactStatusTag({ fact, spec, employerName }: { fact: TalentFact; spec: FieldSpec; employerName: string | null }) {
  const { t } = useTranslation();
  const status = domainLabel('factStatus', fact.status);
  const c = fact.confirmation;
  const department = c?.department ? domainLabel('department', c.department) : null;
  const by = c ? (c.source === 'department' && department ? department : [domainLabel('factSource', c.source), department].filter(Boolean).join(' · ')) : null;
  const at = c ? formatDate(c.at) : null;
  const testId = `fact-${fact.field}`;
  if (fact.status === 'verified')
    return (
      <Tag color="success" style={{ whiteSpace: 'normal', marginTop: 4 }} data-testid={testId} data-status="verified">
        {[status, by, at].filter(Boolean).join(' · ')}
      </Tag>
    );
  if (fact.status === 'contradicted')
    return (
      <div style={{ marginTop: 4 }} data-testid={testId} data-status="contradicted">
        <Tag color="warning" style={{ whiteSpace: 'normal' }}>
          {status}
        </Tag>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('talent.facts.verifiedValue', { value: valueText(t, spec, fact.verified, employerName), by, at })}
        </Typography.Text>
      </div>
    );
  return (
    <Tag style={{ whiteSpace: 'normal', marginTop: 4 }} data-testid={testId} data-status="declared">
      {status}
    </Tag>
  );
}
