/**
 * The talent's form: scan the other city's code with the camera or paste its text, see what it is
 * worth here — source city, its tier, the tier here, the notice — before confirming; the consent
 * that the source city is told is a separate, unticked box.
 */
import { useState } from 'react';
import { Alert, App, Button, Checkbox, Descriptions, Input, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MutualPreview } from '@bole/contracts';
import { errorText } from '../../shared/form/problem';
import { pickText } from '../../shared/lib/bilingual';
import { formatDate } from '../../shared/lib/date-time';
import { enumLabel } from '../../shared/ui/enum-options';
import { QrScanner } from '../../shared/ui/QrScanner';
import { usePreviewMutualRecognition, useRequestMutualRecognition } from './api';

/** What the credential is worth here. */
function PreviewDetails({ preview }: { preview: MutualPreview }) {
  const { t, i18n } = useTranslation();
  return (
    <Descriptions bordered size="small" column={1} data-testid="mutual-preview">
      <Descriptions.Item label={t('mutualRecognition.sourceCity')}>{pickText(preview.source.name, i18n.language)}</Descriptions.Item>
      <Descriptions.Item label={t('mutualRecognition.sourceTier')}>{enumLabel(t, 'tierName', preview.source.tier)}</Descriptions.Item>
      <Descriptions.Item label={t('mutualRecognition.localTier')}>
        <Typography.Text strong data-testid="mutual-local-tier">
          {enumLabel(t, 'tierName', preview.localTier)}
        </Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label={t('mutualRecognition.sourceValidUntil')}>{formatDate(preview.source.validUntil.slice(0, 10))}</Descriptions.Item>
      <Descriptions.Item label={t('mutualRecognition.notice')}>
        {preview.noticeWorkingDays === null ? t('mutualRecognition.noNotice') : t('mutualRecognition.noticeDays', { days: preview.noticeWorkingDays })}
      </Descriptions.Item>
      <Descriptions.Item label={t('mutualRecognition.equivalenceVersion')}>{preview.equivalenceVersion}</Descriptions.Item>
    </Descriptions>
  );
}

/** Paste → check → confirm. */
export function PresentCredentialForm() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [credential, setCredential] = useState('');
  const [consent, setConsent] = useState(false);
  const preview = usePreviewMutualRecognition();
  const request = useRequestMutualRecognition();
  const checked = preview.data && preview.variables === credential ? preview.data : null;
  const submit = () =>
    request.mutate(
      { credential, consentToNotifySource: consent },
      {
        onSuccess: () => {
          void message.success(t('mutualRecognition.requested'));
          setCredential('');
          setConsent(false);
          preview.reset();
        },
      },
    );
  const failure = preview.error ?? request.error;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <QrScanner
        onText={(text) => {
          setCredential(text);
          request.reset();
          preview.mutate(text);
        }}
      />
      <label htmlFor="mutual-credential">{t('mutualRecognition.pasteLabel')}</label>
      <Input.TextArea
        id="mutual-credential"
        data-testid="mutual-credential"
        rows={4}
        value={credential}
        placeholder={t('mutualRecognition.pastePlaceholder')}
        onChange={(e) => {
          setCredential(e.target.value);
          request.reset();
        }}
      />
      <Button onClick={() => preview.mutate(credential)} loading={preview.isPending} disabled={credential.trim().length === 0} data-testid="mutual-check">
        {t('mutualRecognition.check')}
      </Button>
      {failure && <Alert type="error" showIcon message={errorText(failure, i18n.language, t)} data-testid="mutual-error" />}
      {checked && (
        <>
          <PreviewDetails preview={checked} />
          <Checkbox checked={consent} onChange={(e) => setConsent(e.target.checked)} data-testid="mutual-consent">
            {t('mutualRecognition.consent', { city: pickText(checked.source.name, i18n.language) })}
          </Checkbox>
          <Button type="primary" onClick={submit} loading={request.isPending} data-testid="mutual-confirm">
            {t('mutualRecognition.confirm')}
          </Button>
        </>
      )}
    </Space>
  );
}
