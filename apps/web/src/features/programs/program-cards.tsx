/** Cards shared by the talent's and the employer's program screens: a call, and one filed application. */
import type { ReactNode } from 'react';
import { Alert, Button, Card, Empty, Flex, Modal, Tag, Typography } from 'antd';
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

/** A part of a programs screen under its heading. */
export function Section({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  return (
    <Flex vertical gap={12} data-testid={testId}>
      <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
        {title}
      </Typography.Title>
      {children}
    </Flex>
  );
}

/** Filed applications as cards; a returned one offers 补正后重新提交 (`onResubmit`). */
export function ApplicationList({
  applications,
  programs,
  empty,
  onResubmit,
}: {
  applications: readonly ProgramApplication[] | undefined;
  programs: ReadonlyMap<string, Program>;
  empty: string;
  onResubmit: (a: ProgramApplication) => void;
}) {
  const { t } = useTranslation();
  if (applications?.length === 0) return <Empty description={empty} />;
  return (applications ?? []).map((a) => (
    <ApplicationCard
      key={a.id}
      application={a}
      program={programs.get(a.programId)}
      action={
        a.formalStatus === 'returned' ? (
          <Button type="primary" onClick={() => onResubmit(a)} data-testid="resubmit">
            {t('programs.completeAndResubmit')}
          </Button>
        ) : undefined
      }
    />
  ));
}

/** The dialog that holds a project form. */
export function FormDialog({ open, title, onClose, children }: { open: boolean; title: ReactNode; onClose: () => void; children: ReactNode }) {
  return (
    <Modal open={open} title={title} footer={null} width={720} destroyOnHidden onCancel={onClose}>
      {children}
    </Modal>
  );
}
