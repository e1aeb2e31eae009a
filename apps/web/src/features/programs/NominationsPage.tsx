/**
 * 推荐申报 (employer): the calls open today with the employer's nomination quota — used and
 * remaining — and the form to nominate one of its employees; then its nominations and where each
 * stands. The server's refusal (the quota used up, the employee not eligible) is shown as it is.
 */
import { useState } from 'react';
import { App, Button, Empty, Flex, Form, Modal, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Program, ProgramApplication } from '@bole/contracts';
import { pickText } from '../../shared/lib/bilingual';
import { formatDate } from '../../shared/lib/date-time';
import { Loaded } from '../../shared/ui/Loaded';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useEmployees, usePrograms, useProgramApplications } from './api';
import { ApplicationCard, CallCard, openCalls } from './program-cards';
import { ProgramForm, type ProgramFormMode } from './ProgramForm';

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
  const { message } = App.useApp();
  const programs = usePrograms();
  const mine = useProgramApplications();
  const [form, setForm] = useState<ProgramFormMode | null>(null);
  const today = formatDate(new Date());
  const byId = new Map((programs.data?.items ?? []).map((p) => [p.id, p]));
  const used = (programId: string) => (mine.data ?? []).filter((a) => a.programId === programId).length;
  const header = <PageHeader title={t('programs.nominationsTitle')} subtitle={t('programs.nominationsSubtitle')} />;
  const close = () => setForm(null);
  const done = () => {
    void message.success(form?.kind === 'resubmit' ? t('programs.resubmitted') : t('programs.nominated'));
    close();
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
        return (
          <Flex vertical gap={24}>
            <Flex vertical gap={12} data-testid="open-calls">
              <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
                {t('programs.openCalls')}
              </Typography.Title>
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
                      <Button type="primary" onClick={() => setForm({ kind: 'apply', program: p })} data-testid={`nominate-${p.code}`}>
                        {t('programs.nominate')}
                      </Button>
                    </div>
                  </CallCard>
                );
              })}
            </Flex>
            <Flex vertical gap={12} data-testid="my-nominations">
              <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
                {t('programs.myNominations')}
              </Typography.Title>
              {mine.data?.length === 0 ? <Empty description={t('programs.noNominations')} /> : null}
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
                    : t('programs.nominateTo', { program: pickText(form.program.name, i18n.language) })
                  : null
              }
              footer={null}
              width={720}
              destroyOnHidden
              onCancel={close}
            >
              {form?.kind === 'apply' ? <NominateForm program={form.program} onDone={done} onCancel={close} /> : null}
              {form?.kind === 'resubmit' ? <ProgramForm mode={form} onDone={done} onCancel={close} /> : null}
            </Modal>
          </Flex>
        );
      }}
    </Loaded>
  );
}
