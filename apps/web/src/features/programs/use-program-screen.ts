/**
 * What the talent's 项目申报 and the employer's 推荐申报 screens share: the programs and the filed
 * applications, the project form open in its dialog (applying, or completing a returned one) and
 * the message once it is sent.
 */
import { useState } from 'react';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Program, ProgramApplication } from '@bole/contracts';
import { usePrograms, useProgramApplications } from './api';
import type { ProgramFormMode } from './ProgramForm';

export function useProgramScreen(submittedText: string) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const programs = usePrograms();
  const mine = useProgramApplications();
  const [form, setForm] = useState<ProgramFormMode | null>(null);
  const byId = new Map((programs.data?.items ?? []).map((p) => [p.id, p]));
  const close = () => setForm(null);
  return {
    programs,
    mine,
    byId,
    form,
    close,
    apply: (program: Program) => setForm({ kind: 'apply', program }),
    resubmit: (application: ProgramApplication) => setForm({ kind: 'resubmit', application, program: byId.get(application.programId) }),
    done: () => {
      void message.success(form?.kind === 'resubmit' ? t('programs.resubmitted') : submittedText);
      close();
    },
    /** The dialog's title: the returned application's, or `applyTitle` of the program applied to. */
    title: (applyTitle: (program: Program) => string) =>
      form ? (form.kind === 'resubmit' ? t('programs.resubmitTitle', { title: form.application.title }) : applyTitle(form.program)) : null,
  };
}
