/** Cards shared by the talent's and the employer's program screens: a call, and one filed application. */
import type { ReactNode } from 'react';
import { Alert, Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Program, ProgramApplication } from '@bole/contracts';
import { pickText } from '../../shared/lib/bilingual';
import { formatDate } from '../../shared/lib/date-time';
import { formatFen } from '../../shared/lib/money';
import { enumLabel } from '../../shared/ui/enum-options';
import { budgetTotalFen } from './program-form';
import { programStageOf } from './program-stage';

/** The calls open today (the business date in the city), first closing first. */
export function openCalls(programs: readonly Program[], today: string): Program[] {
  return programs.filter((p) => p.opensOn <= today && today <= p.closesOn).sort((a, b) => a.closesOn.localeCompare(b.closesOn));
}

/** A call: its name, dates and what `children` add (eligibility, quota, the button). */
export function CallCard({ program, children }: { program: Program; children: ReactNode }) {
  const { t, i18n } = useTranslation();
  return (
    <Card size="small" title={pickText(program.name, i18n.language)} data-testid={`call-${program.code}`}>
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">{t('programs.callDates', { opensOn: program.opensOn, closesOn: program.closesOn })}</Typography.Text>
        {children}
      </Flex>
    </Card>
  );
}

/** A filed application: the call, where it stands, the office's note when returned, and `action`. */
export function ApplicationCard({ application: a, program, action }: { application: ProgramApplication; program?: Program; action?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const stage = programStageOf(a);
  return (
    <Card size="small" title={a.title} data-testid={`application-${a.title}`}>
      <Flex vertical gap={6}>
        {program ? <Typography.Text>{pickText(program.name, i18n.language)}</Typography.Text> : null}
        <div>
          <Tag color={stage === 'returned' ? 'warning' : stage === 'formal_check' ? 'processing' : 'success'} data-testid="application-stage">
            {enumLabel(t, 'programStage', stage)}
          </Tag>
        </div>
        <Typography.Text type="secondary">
          {t('programs.filed', { at: formatDate(a.submittedAt), fields: a.fields.join('、'), total: formatFen(budgetTotalFen(a.budgetLines), i18n.language) })}
        </Typography.Text>
        {a.formalDueOn && stage === 'formal_check' ? (
          <Typography.Text type="secondary">{t('programs.formalDue', { dueOn: a.formalDueOn })}</Typography.Text>
        ) : null}
        {stage === 'returned' && a.returnNote ? (
          <Alert type="warning" showIcon message={t('programs.returnedNote')} description={a.returnNote} data-testid="return-note" />
        ) : null}
        {action ? <div>{action}</div> : null}
      </Flex>
    </Card>
  );
}
