/**
 * The evidence of a case for the applicant: each needed kind with the file attached, a file
 * already on record offered again, or an upload button. Files are checked by the server
 * (type by content, 10 MB); its message is shown as it is.
 */
import { useState } from 'react';
import { App, Button, Flex, List, Tag, Typography } from 'antd';
import { CheckCircleTwoTone, PaperClipOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { EvidenceKind, Recognition } from '@bole/contracts';
import { errorText } from '../../shared/form/problem';
import { uploadEvidence, useMyEvidence, useRecognitionActions } from './api';
import { enumLabel } from '../../shared/ui/enum-options';
import { EvidenceViewer, type EvidenceFile } from '../../shared/ui/EvidenceViewer';
import { FileButton } from '../../shared/ui/FileButton';

/** Needed kinds of a case with their attached or on-file evidence; `talentId` when an employer handles its employee's case. */
export function EvidencePanel({ r, editable, talentId }: { r: Recognition; editable: boolean; talentId?: string }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const onFile = useMyEvidence(talentId);
  const actions = useRecognitionActions();
  const [busy, setBusy] = useState<EvidenceKind | null>(null);
  const [viewing, setViewing] = useState<EvidenceFile | null>(null);
  const kinds = [...new Set([...r.requiredEvidence, ...r.evidence.map((e) => e.kind)])];

  const upload = async (kind: EvidenceKind, file: File) => {
    setBusy(kind);
    try {
      const saved = await uploadEvidence(kind, file, talentId);
      const old = r.evidence.find((e) => e.kind === kind);
      if (old && old.id !== saved.id) await actions.detach.mutateAsync({ id: r.id, evidenceId: old.id });
      await actions.attach.mutateAsync({ id: r.id, evidenceId: saved.id });
      void onFile.refetch();
      message.success(saved.reused ? t('recognition.reused') : t('recognition.uploaded', { name: saved.fileName }));
    } catch (e) {
      message.error(errorText(e, i18n.language, t));
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <EvidenceViewer file={viewing} onClose={() => setViewing(null)} />
      <List
        data-testid="rec-evidence"
        header={<Typography.Text strong>{t('recognition.evidence')}</Typography.Text>}
        bordered
        dataSource={kinds}
        renderItem={(kind) => {
          const attached = r.evidence.filter((e) => e.kind === kind);
          const spare = (onFile.data?.items ?? []).find((e) => e.kind === kind && !attached.some((a) => a.id === e.id));
          return (
            <List.Item data-testid={`evidence-${kind}`}>
              <Flex justify="space-between" align="center" wrap gap={8} style={{ width: '100%' }}>
                <Flex vertical gap={4}>
                  <Typography.Text>
                    {enumLabel(t, 'evidenceKind', kind)}{' '}
                    {attached.length ? <CheckCircleTwoTone twoToneColor="#52c41a" /> : <Tag color="warning">{t('recognition.missing')}</Tag>}
                  </Typography.Text>
                  {attached.map((e) => (
                    <Typography.Link key={e.id} onClick={() => setViewing(e)} style={{ fontSize: 13 }} data-testid={`view-evidence-${kind}`}>
                      <PaperClipOutlined /> {e.fileName}
                    </Typography.Link>
                  ))}
                </Flex>
                {editable ? (
                  <Flex gap={8} wrap>
                    {spare && !attached.length ? (
                      <Button size="small" onClick={() => actions.attach.mutate({ id: r.id, evidenceId: spare.id })} data-testid={`use-onfile-${kind}`}>
                        {t('recognition.useOnFile')}：{spare.fileName}
                      </Button>
                    ) : null}
                    <FileButton
                      accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
                      onFile={(file) => void upload(kind, file)}
                      size="small"
                      loading={busy === kind}
                      testId={`upload-${kind}`}
                    >
                      {t('recognition.upload')}
                    </FileButton>
                  </Flex>
                ) : null}
              </Flex>
            </List.Item>
          );
        }}
        footer={editable ? <Typography.Text type="secondary">{t('recognition.uploadHint')}</Typography.Text> : null}
      />
    </>
  );
}
