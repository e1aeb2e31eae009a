/**
 * The project form (申报书): title, fields, summary, team, budget lines in yuan (sent in fen) and
 * attachments uploaded to the applicant's evidence. Used to apply, to nominate (an employer, for
 * `talentId`) and to complete a returned application. A refusal of the server (the call closed,
 * the quota used up, not eligible) stands plainly above the buttons.
 */
import { useState } from 'react';
import { Alert, Button, Checkbox, Flex, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import { DeleteOutlined, PaperClipOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Evidence, Program, ProgramApplication } from '@bole/contracts';
import { uploadEvidence } from '../../shared/api/evidence';
import { errorText } from '../../shared/form/problem';
import { requiredRule } from '../../shared/form/rules';
import { formatFen } from '../../shared/lib/money';
import { FileButton } from '../../shared/ui/FileButton';
import { applyBodyOf, budgetLinesOf, budgetTotalFen, formValuesOf, resubmitBodyOf, type ProgramFormValues } from './program-form';
import { useApplyToProgram, useResubmitProgramApplication } from './api';

type Attachment = Pick<Evidence, 'id' | 'fileName'>;

/** What the form does: apply or nominate to a call, or complete a returned application. */
export type ProgramFormMode = { kind: 'apply'; program: Program; talentId?: string } | { kind: 'resubmit'; application: ProgramApplication; program?: Program };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The attachments: the files sent with the form, and a button that uploads one more. */
function Attachments({ files, onAdd, talentId }: { files: Attachment[]; onAdd: (e: Attachment) => void; talentId?: string }) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const upload = async (file: File) => {
    setBusy(true);
    setError(null);
    try {
      onAdd(await uploadEvidence('project_proposal', file, talentId));
    } catch (e) {
      setError(errorText(e, i18n.language, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Flex vertical gap={4} data-testid="program-attachments">
      {files.map((f) => (
        <Typography.Text key={f.id}>
          <PaperClipOutlined /> {f.fileName}
        </Typography.Text>
      ))}
      {error ? <Typography.Text type="danger">{error}</Typography.Text> : null}
      <div>
        <FileButton accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png" onFile={(f) => void upload(f)} loading={busy} testId="program-upload">
          {t('programs.form.upload')}
        </FileButton>
      </div>
    </Flex>
  );
}

/** The budget lines in yuan, with their total. */
function BudgetLines() {
  const { t, i18n } = useTranslation();
  const lines = Form.useWatch<ProgramFormValues['budget']>('budget');
  return (
    <Form.List name="budget">
      {(rows, { add, remove }) => (
        <Flex vertical gap={8}>
          {rows.map((row, i) => (
            <Flex key={row.key} gap={8} wrap align="start">
              <Form.Item name={[row.name, 'item']} noStyle rules={[requiredRule(t, t('programs.form.budgetItem'))]}>
                <Input aria-label={t('programs.form.budgetItemN', { n: i + 1 })} placeholder={t('programs.form.budgetItem')} style={{ flex: '1 1 160px' }} />
              </Form.Item>
              <Form.Item name={[row.name, 'yuan']} noStyle rules={[{ ...requiredRule(t, t('programs.form.budgetYuan')), whitespace: false, type: 'number' }]}>
                <InputNumber aria-label={t('programs.form.budgetYuanN', { n: i + 1 })} min={0} precision={2} addonAfter="元" style={{ width: 180 }} />
              </Form.Item>
              <Button icon={<DeleteOutlined />} aria-label={t('programs.form.removeLine', { n: i + 1 })} onClick={() => remove(row.name)} />
            </Flex>
          ))}
          <Flex gap={12} align="center" wrap>
            <Button icon={<PlusOutlined />} onClick={() => add({ item: '', yuan: undefined })} data-testid="budget-add">
              {t('programs.form.addLine')}
            </Button>
            <Typography.Text data-testid="budget-total">
              {t('programs.form.total', { total: formatFen(budgetTotalFen(budgetLinesOf(lines)), i18n.language) })}
            </Typography.Text>
          </Flex>
        </Flex>
      )}
    </Form.List>
  );
}

/** The project form; `onDone` after the server accepted it. */
export function ProgramForm({ mode, onDone, onCancel }: { mode: ProgramFormMode; onDone: () => void; onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<ProgramFormValues>();
  const apply = useApplyToProgram();
  const resubmit = useResubmitProgramApplication();
  const [files, setFiles] = useState<Attachment[]>(() =>
    mode.kind === 'resubmit' ? mode.application.evidenceIds.map((id, i) => ({ id, fileName: t('programs.form.filed', { n: i + 1 }) })) : [],
  );
  const [error, setError] = useState<string | null>(null);
  const resubmitting = mode.kind === 'resubmit';
  const program = mode.program;
  const talentId = mode.kind === 'apply' ? mode.talentId : undefined;
  const ids = files.map((f) => f.id);
  const submit = (v: ProgramFormValues) => {
    setError(null);
    const onError = (e: unknown) => setError(errorText(e, i18n.language, t));
    if (mode.kind === 'resubmit')
      resubmit.mutate({ applicationId: mode.application.id, body: resubmitBodyOf(v, ids, mode.application.evidenceIds) }, { onSuccess: onDone, onError });
    else apply.mutate({ programId: mode.program.id, body: applyBodyOf(v, ids, talentId) }, { onSuccess: onDone, onError });
  };
  return (
    <Form<ProgramFormValues>
      form={form}
      layout="vertical"
      data-testid="program-form"
      initialValues={mode.kind === 'resubmit' ? formValuesOf(mode.application) : { fields: [], budget: [] }}
      onFinish={submit}
    >
      <Form.Item name="title" label={t('programs.form.title')} rules={[requiredRule(t, t('programs.form.title'))]}>
        <Input maxLength={200} disabled={resubmitting} />
      </Form.Item>
      <Form.Item
        name="fields"
        label={t('programs.form.fields')}
        extra={t('programs.form.fieldsHelp')}
        rules={[{ ...requiredRule(t, t('programs.form.fields')), whitespace: false, type: 'array' }]}
      >
        <Select mode="tags" maxCount={5} open={false} suffixIcon={null} disabled={resubmitting} />
      </Form.Item>
      {program?.eligibility?.basicResearchPolicy ? (
        <Form.Item name="basicResearch" valuePropName="checked">
          <Checkbox disabled={resubmitting}>{t('programs.form.basicResearch')}</Checkbox>
        </Form.Item>
      ) : null}
      <Form.Item name="summary" label={t('programs.form.summary')}>
        <Input.TextArea rows={4} maxLength={4000} showCount />
      </Form.Item>
      <Form.Item
        name="team"
        label={t('programs.form.team')}
        extra={t('programs.form.teamHelp')}
        rules={[
          {
            validator: async (_, v?: string[]) =>
              (v ?? []).every((x) => UUID.test(x)) ? undefined : Promise.reject(new Error(t('programs.form.teamInvalid'))),
          },
        ]}
      >
        <Select mode="tags" open={false} suffixIcon={null} maxCount={20} />
      </Form.Item>
      <Form.Item label={t('programs.form.budget')}>
        <BudgetLines />
      </Form.Item>
      <Form.Item label={t('programs.form.attachments')}>
        <Attachments files={files} onAdd={(f) => setFiles((all) => (all.some((x) => x.id === f.id) ? all : [...all, f]))} talentId={talentId} />
      </Form.Item>
      {error ? <Alert type="error" showIcon message={error} data-testid="program-form-error" style={{ marginBottom: 16 }} /> : null}
      <Space wrap>
        <Button type="primary" htmlType="submit" loading={apply.isPending || resubmit.isPending} data-testid="program-submit">
          {resubmitting ? t('programs.form.resubmit') : talentId ? t('programs.form.nominate') : t('programs.form.apply')}
        </Button>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </Space>
    </Form>
  );
}
