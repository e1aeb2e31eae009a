/**
 * The employer's approval on its home page: where the registration stands, what it cannot do
 * until the talent office approves it, the rejection reason, and the business licence upload.
 */
import { Alert, App, Card, Descriptions, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiErrorHandler } from '../../shared/form/use-api-error';
import { formatDateTime } from '../../shared/lib/date-time';
import { enumLabel } from '../../shared/ui/enum-options';
import { useStanding, useUploadLicence } from './api';
import { FileButton } from '../../shared/ui/FileButton';

const STATUS_COLOR = { pending: 'gold', approved: 'green', rejected: 'red' } as const;

/** The approval card of the employer portal. */
export function StandingCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const standing = useStanding();
  const upload = useUploadLicence();
  const s = standing.data;
  if (!s) return <Card loading={standing.isLoading} />;
  return (
    <Card title={t('employment.standing.title')} data-testid="standing">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('employment.standing.status')}>
            <Tag color={STATUS_COLOR[s.status]} data-testid="standing-status">
              {enumLabel(t, 'employerStatus', s.status)}
            </Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('employment.standing.licence')}>
            {s.licence ? `${s.licence.fileName} · ${formatDateTime(s.licence.uploadedAt)}` : t('employment.standing.noLicence')}
          </Descriptions.Item>
        </Descriptions>
        {s.status === 'rejected' && s.reviewNote ? <Alert type="error" showIcon message={t('employment.standing.rejected', { note: s.reviewNote })} /> : null}
        {s.blocked.length ? (
          <Alert
            type="warning"
            showIcon
            message={t('employment.standing.blockedTitle')}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="blocked-actions">
                {s.blocked.map((a) => (
                  <li key={a}>{enumLabel(t, 'gatedEmployerAction', a)}</li>
                ))}
              </ul>
            }
          />
        ) : null}
        {s.status !== 'approved' ? (
          <FileButton
            accept=".pdf,.jpg,.jpeg,.png"
            onFile={(file) => upload.mutate(file, { onSuccess: () => void message.success(t('employment.standing.uploaded')), onError: (e) => onError(e) })}
            loading={upload.isPending}
            testId="licence-upload"
          >
            {t('employment.standing.upload')}
          </FileButton>
        ) : null}
      </Space>
    </Card>
  );
}
