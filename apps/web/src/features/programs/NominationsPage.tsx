/**
 * 推荐申报 (employer): the calls open today with the employer's nomination quota — used and
 * remaining — and the form to nominate one of its employees; then its nominations and where each
 * stands. The server's refusal (the quota used up, the employee not eligible) is shown as it is.
 */
import { useState } from 'react';
import { Button, Empty, Flex, Form, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Program } from '@bole/contracts';
import { pickText } from '../../shared/lib/bilingual';
import { formatDate } from '../../shared/lib/date-time';
import { Loaded } from '../../shared/ui/Loaded';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useEmployees } from './api';
import { ApplicationList, CallCard, FormDialog, openCalls, Section } from './program-cards';
import { ProgramForm } from './ProgramForm';
import { useProgramScreen } from './use-program-screen';

/** Picks the employee to nominate, then shows the project form for them. */
function NominateForm({ program, onDone, onCancel }: { program: Program; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [talentId, setTalentId] = useState<string | null>(null);
  const employees = useEmployees(q);
  return (
    <>
      <Form layout="vertical">
        <Form.Item label={t('programs.employee')} htmlFor="nominee" required>
          <Select
            id="nominee"
            showSearch
            filterOption={false}
            onSearch={setQ}
            value={talentId}
            onChange={setTalentId}
            loading={employees.isLoading}
            placeholder={t('programs.employeeSearch')}
            options={(employees.data ?? []).map((e) => ({ value: e.talentId, label: `${e.name}（${e.mobile ?? '—'}）` }))}
            data-testid="nominee"
          />
        </Form.Item>
      </Form>
      {talentId ? <ProgramForm key={talentId} mode={{ kind: 'apply', program, talentId }} onDone={onDone} onCancel={onCancel} /> : null}
    </>
  );
}

/** The employer's 推荐申报 screen. */
export function NominationsPage() {
  const { t, i18n } = useTranslation();
  const { programs, mine, byId, form, close, apply, resubmit, done, title } = useProgramScreen(t('programs.nominated'));
  const used = (programId: string) => (mine.data ?? []).filter((a) => a.programId === programId).length;
  const header = <PageHeader title={t('programs.nominationsTitle')} subtitle={t('programs.nominationsSubtitle')} />;
  return (
    <Loaded query={programs} header={header}>
      {({ items }) => {
        const open = openCalls(items, formatDate(new Date()));
        return (
          <Flex vertical gap={24}>
            <Section title={t('programs.openCalls')} testId="open-calls">
              {open.length === 0 ? <Empty description={t('programs.noOpenCalls')} /> : null}
              {open.map((p) => {
                const n = used(p.id);
                const left = Math.max(0, p.quotaPerNominator - n);
                return (
                  <CallCard key={p.id} program={p}>
                    <Typography.Text data-testid="quota" type={left === 0 ? 'warning' : undefined}>
                      {t('programs.quota', { quota: p.quotaPerNominator, used: n, left })}
                    </Typography.Text>
                    <div>
                      <Button type="primary" onClick={() => apply(p)} data-testid={`nominate-${p.code}`}>
                        {t('programs.nominate')}
                      </Button>
                    </div>
                  </CallCard>
                );
              })}
            </Section>
            <Section title={t('programs.myNominations')} testId="my-nominations">
              <ApplicationList applications={mine.data} programs={byId} empty={t('programs.noNominations')} onResubmit={resubmit} />
            </Section>
            <FormDialog open={form !== null} title={title((p) => t('programs.nominateTo', { program: pickText(p.name, i18n.language) }))} onClose={close}>
              {form?.kind === 'apply' ? <NominateForm program={form.program} onDone={done} onCancel={close} /> : null}
              {form?.kind === 'resubmit' ? <ProgramForm mode={form} onDone={done} onCancel={close} /> : null}
            </FormDialog>
          </Flex>
        );
      }}
    </Loaded>
  );
}
