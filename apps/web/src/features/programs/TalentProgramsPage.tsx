/**
 * 项目申报 (talent, phone first): the calls open today, each with whether the talent may apply on
 * verified facts — and the conditions not met when not — and the form to apply; then 我的申报:
 * where each application stands, the office's note when it was returned, and the form to complete
 * and resubmit it.
 */
import { useState } from 'react';
import { App, Button, Empty, Flex, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Program, ProgramApplication } from '@bole/contracts';
import { pickText } from '../../shared/lib/bilingual';
import { formatDate } from '../../shared/lib/date-time';
import { PageHeader } from '../../shared/ui/PageHeader';
import { Loaded } from '../../shared/ui/Loaded';
import { useMyEligibility, usePrograms, useProgramApplications } from './api';
import { ApplicationCard, CallCard, openCalls } from './program-cards';
import { ProgramForm, type ProgramFormMode } from './ProgramForm';

/** Whether the talent may apply: 符合 or the conditions not met (and whether a basic-research project would be admitted). */
function Eligibility({ program }: { program: Program }) {
  const { t, i18n } = useTranslation();
  const answer = useMyEligibility(program.id);
  if (!answer.data) return <Typography.Text type="secondary">{t('programs.checking')}</Typography.Text>;
  const { eligible, unmet, basicResearch } = answer.data;
  return (
    <Flex vertical gap={2} data-testid="eligibility">
      {eligible ? (
        <Typography.Text type="success">{program.eligibility ? t('programs.eligible') : t('programs.openToAll')}</Typography.Text>
      ) : (
        <>
          <Typography.Text type="danger">{t('programs.notEligible')}</Typography.Text>
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {unmet.map((u) => (
              <li key={u.en}>{pickText(u, i18n.language)}</li>
            ))}
          </ul>
        </>
      )}
      {!eligible && basicResearch?.eligible ? <Typography.Text type="success">{t('programs.basicResearchEligible')}</Typography.Text> : null}
    </Flex>
  );
}

/** Whether the form may be opened: eligible, or admitted for a basic-research project. */
function ApplyButton({ program, applied, onApply }: { program: Program; applied: boolean; onApply: () => void }) {
  const { t } = useTranslation();
  const answer = useMyEligibility(program.id);
  const may = !!answer.data && (answer.data.eligible || !!answer.data.basicResearch?.eligible);
  return (
    <Button type="primary" disabled={applied || !may} onClick={onApply} data-testid={`apply-${program.code}`}>
      {applied ? t('programs.applied') : t('programs.applyTo')}
    </Button>
  );
}

/** The talent's 项目申报 screen. */
export function TalentProgramsPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const programs = usePrograms();
  const mine = useProgramApplications();
  const [form, setForm] = useState<ProgramFormMode | null>(null);
  const today = formatDate(new Date());
  const byId = new Map((programs.data?.items ?? []).map((p) => [p.id, p]));
  const header = <PageHeader title={t('programs.talentTitle')} subtitle={t('programs.talentSubtitle')} />;
  const done = () => {
    void message.success(form?.kind === 'resubmit' ? t('programs.resubmitted') : t('programs.submitted'));
    setForm(null);
  };
  const resubmit = (a: ProgramApplication) => (
    <Button type="primary" onClick={() => setForm({ kind: 'resubmit', application: a, program: byId.get(a.programId) })} data-testid="resubmit">
      {t('programs.completeAndResubmit')}
    </Button>
  );
  return (
    <Loaded query={programs} header={header}>
      {({ items }) => {
        const open = openCalls(items, today);
        const applied = new Set((mine.data ?? []).map((a) => a.programId));
        return (
          <Flex vertical gap={24}>
            <Flex vertical gap={12} data-testid="open-calls">
              <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
                {t('programs.openCalls')}
              </Typography.Title>
              {open.length === 0 ? <Empty description={t('programs.noOpenCalls')} /> : null}
              {open.map((p) => (
                <CallCard key={p.id} program={p}>
                  <Eligibility program={p} />
                  <div>
                    <ApplyButton program={p} applied={applied.has(p.id)} onApply={() => setForm({ kind: 'apply', program: p })} />
                  </div>
                </CallCard>
              ))}
            </Flex>
            <Flex vertical gap={12} data-testid="my-program-applications">
              <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
                {t('programs.mine')}
              </Typography.Title>
              {mine.data?.length === 0 ? <Empty description={t('programs.noneYet')} /> : null}
              {(mine.data ?? []).map((a) => (
                <ApplicationCard key={a.id} application={a} program={byId.get(a.programId)} action={a.formalStatus === 'returned' ? resubmit(a) : undefined} />
              ))}
            </Flex>
            <Modal
              open={form !== null}
              title={
                form
                  ? form.kind === 'resubmit'
                    ? t('programs.resubmitTitle', { title: form.application.title })
                    : pickText(form.program.name, i18n.language)
                  : null
              }
              footer={null}
              width={720}
              destroyOnHidden
              onCancel={() => setForm(null)}
            >
              {form ? <ProgramForm mode={form} onDone={done} onCancel={() => setForm(null)} /> : null}
            </Modal>
          </Flex>
        );
      }}
    </Loaded>
  );
}
