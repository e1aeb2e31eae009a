/**
 * A talent's facts as staff read them: each field with what the talent declared, what was
 * verified, its status (declared, verified, contradicted) and who confirmed it when. Used by the
 * office's talent detail and the reviewer's recognition decision page.
 */
import { Table, Tag, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FactStatus, TalentFact } from '@bole/contracts';
import { domainLabel, fieldName } from './enum-options';
import { formatDate } from '../lib/date-time';
import { factValueText } from '../lib/fact-value';

/** The tag colour of each fact status (declared: neutral; contradicted: a warning). */
export const FACT_STATUS_COLORS: Record<FactStatus, string> = { verified: 'success', declared: 'default', contradicted: 'warning' };

/** A fact's status as a coloured tag. */
export function FactStatusTag({ status }: { status: FactStatus }) {
  return (
    <Tag color={FACT_STATUS_COLORS[status]} data-status={status} style={{ whiteSpace: 'normal' }}>
      {domainLabel('factStatus', status)}
    </Tag>
  );
}

/** The facts of one talent; `employerName` names the employer a declared or verified `employerId` points to. */
export function FactsTable({ facts, employerName, testId }: { facts: readonly TalentFact[]; employerName: string | null; testId: string }) {
  const { t } = useTranslation();
  const source = (f: TalentFact) => {
    const c = f.confirmation;
    if (!c) return t('talentDetail.factSelfDeclared');
    const dept = c.department ? domainLabel('department', c.department) : null;
    return [domainLabel('factSource', c.source), dept, formatDate(c.at)].filter(Boolean).join(' · ');
  };
  const columns: TableProps<TalentFact>['columns'] = [
    { key: 'field', title: t('talentDetail.fact'), render: (_, f) => fieldName(f.field), width: 150 },
    { key: 'declared', title: t('talentDetail.declared'), render: (_, f) => factValueText(t, f.field, f.declared, employerName) },
    { key: 'verified', title: t('talentDetail.verified'), render: (_, f) => factValueText(t, f.field, f.verified, employerName) },
    { key: 'status', title: t('talentDetail.factStatus'), width: 110, render: (_, f) => <FactStatusTag status={f.status} /> },
    { key: 'source', title: t('talentDetail.factSource'), render: (_, f) => source(f) },
  ];
  return (
    <Table<TalentFact> rowKey="field" size="small" columns={columns} dataSource={[...facts]} pagination={false} scroll={{ x: 640 }} data-testid={testId} />
  );
}
