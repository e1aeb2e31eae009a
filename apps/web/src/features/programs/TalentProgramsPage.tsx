/**
 * 项目申报 (talent, phone first): the calls open today, each with whether the talent may apply on
 * verified facts — and the conditions not met when not — and the form to apply; then 我的申报:
 * where each application stands, the office's note when it was returned, and the form to complete
 * and resubmit it.
 */
import { Button, Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Program } from '@bole/contracts';
import { pickText } from '../../shared/lib/bilingual';
import { formatDate } from '../../shared/lib/date-time';
import { Loaded } from '../../shared/ui/Loaded';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useMyEligibility } from './api';
import { ApplicationList, CallCard, FormDialog, openCalls, Section } from './program-cards';
import { ProgramForm } from './ProgramForm';
import { useProgramScreen } from './use-program-screen';

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

/** Opens the form when the talent may apply: eligible, or admitted for a basic-research project. */
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
  const { programs, mine, byId, form, close, apply, resubmit, done, title } = useProgramScreen(t('programs.submitted'));
  const header = <PageHeader title={t('programs.talentTitle')} subtitle={t('programs.talentSubtitle')} />;
  return (
    <Loaded query={programs} header={header}>
      {({ items }) => {
        const open = openCalls(items, formatDate(new Date()));
        const applied = new Set((mine.data ?? []).map((a) => a.programId));
        return (
          <Flex vertical gap={24}>
            <Section title={t('programs.openCalls')} testId="open-calls">
              {open.length === 0 ? <Empty description={t('programs.noOpenCalls')} /> : null}
              {open.map((p) => (
                <CallCard key={p.id} program={p}>
                  <Eligibility program={p} />
                  <div>
                    <ApplyButton program={p} applied={applied.has(p.id)} onApply={() => apply(p)} />
                  </div>
                </CallCard>
              ))}
            </Section>
            <Section title={t('programs.mine')} testId="my-program-applications">
              <ApplicationList applications={mine.data} programs={byId} empty={t('programs.noneYet')} onResubmit={resubmit} />
            </Section>
            <FormDialog open={form !== null} title={title((p) => pickText(p.name, i18n.language))} onClose={close}>
              {form ? <ProgramForm mode={form} onDone={done} onCancel={close} /> : null}
            </FormDialog>
          </Flex>
        );
      }}
    </Loaded>
  );
}
