/** Per requirement: a file on file (auto-chosen by kind when one fits) or a new upload. */
import { useState } from 'react';
import { App, Button, Flex, Select, Space, Tag, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EVIDENCE_KINDS, type ApplicationRequirement, type Evidence, type EvidenceKind } from '@bole/contracts';
import { errorText } from '../../shared/form/problem';
import { enumLabel } from '../../shared/ui/enum-options';
import { queryKeys } from '../../shared/api/query-keys';
import { uploadEvidence } from './api';

/** The chosen evidence id per requirement index. */
export type Choices = Record<number, string | undefined>;

/** The file the server would reuse for a requirement (newest of one of its kinds), if any. */
export function autoChoice(req: Pick<ApplicationRequirement, 'kinds'>, onFile: Evidence[]): string | undefined {
  return onFile.find((e) => req.kinds.includes(e.kind))?.id;
}

/** The evidence requirements of a policy with a picker and an upload for each. */
export function EvidencePicker({
  requirements,
  onFile,
  choices,
  onChange,
  testId,
}: {
  requirements: Pick<ApplicationRequirement, 'index' | 'label' | 'kind' | 'kinds'>[];
  onFile: Evidence[];
  choices: Choices;
  onChange: (c: Choices) => void;
  testId: string;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [kinds, setKinds] = useState<Record<number, EvidenceKind>>({});
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid={testId}>
      {requirements.map((r) => {
        const auto = autoChoice(r, onFile);
        const value = choices[r.index] ?? auto;
        const kind = kinds[r.index] ?? r.kind ?? 'honor_proof';
        return (
          <Flex key={r.index} gap={8} wrap align="center" data-testid={`requirement-${r.index}`}>
            <Typography.Text strong style={{ minWidth: 160 }}>
              {r.label[lang]}
            </Typography.Text>
            <Select
              style={{ minWidth: 240 }}
              placeholder={t('applications.onFile')}
              aria-label={r.label[lang]}
              value={value}
              onChange={(v: string) => onChange({ ...choices, [r.index]: v })}
              options={onFile.map((e) => ({ value: e.id, label: `${e.fileName} · ${enumLabel(t, 'evidenceKind', e.kind)}` }))}
              data-testid={`pick-${r.index}`}
            />
            {value && value === auto && choices[r.index] === undefined ? <Tag color="green">{t('applications.autoReused')}</Tag> : null}
            {r.kinds.length === 1 ? null : (
              <Select
                style={{ width: 180 }}
                value={kind}
                onChange={(k: EvidenceKind) => setKinds({ ...kinds, [r.index]: k })}
                options={(r.kinds.length > 0 ? r.kinds : EVIDENCE_KINDS).map((k) => ({ value: k, label: enumLabel(t, 'evidenceKind', k) }))}
                aria-label={t('applications.uploadKind')}
              />
            )}
            <Upload
              accept=".pdf,.png,.jpg,.jpeg"
              showUploadList={false}
              customRequest={({ file }) => {
                uploadEvidence(kind, file as File)
                  .then(async (saved) => {
                    await qc.invalidateQueries({ queryKey: queryKeys.evidence.all });
                    onChange({ ...choices, [r.index]: saved.id });
                  })
                  .catch((e: unknown) => void message.error(errorText(e, i18n.language, t)));
              }}
            >
              <Button icon={<UploadOutlined />} data-testid={`upload-${r.index}`}>
                {t('applications.upload')}
              </Button>
            </Upload>
          </Flex>
        );
      })}
    </Space>
  );
}
