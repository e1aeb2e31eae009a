/**
 * The employer's confirmation before requesting recognition for an employee: who, the tier the
 * engine proposes today (or why it proposes none), what happens next. A refusal (the employee
 * left, a case was opened meanwhile, the profile gives no tier) shows the server's message.
 */
import { Alert, Button, Descriptions, Modal, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EmployeeRecognitionItem, Recognition } from '@bole/contracts';
import { errorText } from '../../shared/form/problem';
import { useRequestOnBehalf } from './employer-api';
import { enumLabel, fieldName } from '../../shared/ui/enum-options';

/** The confirmation dialog; mount it once per employee (`key`) so an earlier refusal is not shown again. */
export function RequestOnBehalfModal({
  item,
  onClose,
  onRequested,
}: {
  item: EmployeeRecognitionItem;
  onClose: () => void;
  onRequested: (r: Recognition) => void;
}) {
  const { t, i18n } = useTranslation();
  const request = useRequestOnBehalf();
  const problem = item.proposalProblem;
  const problemText = problem ? (i18n.language === 'en' ? problem.detail : (problem.detailZh ?? problem.detail)) : null;
  return (
    <Modal
      open
      width={640}
      title={t('employerRecognition.confirmTitle', { name: item.name })}
      onCancel={onClose}
      footer={
        <Space>
          <Button onClick={onClose}>{t('employerRecognition.cancel')}</Button>
          <Button
            type="primary"
            data-testid="request-confirm"
            disabled={!item.proposedTier}
            loading={request.isPending}
            onClick={() => request.mutateAsync(item.talentId).then(onRequested, () => undefined)}
          >
            {t('employerRecognition.confirm')}
          </Button>
        </Space>
      }
    >
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Descriptions size="small" column={1} bordered>
          <Descriptions.Item label={fieldName('name')}>{item.name}</Descriptions.Item>
          <Descriptions.Item label={fieldName('idNumber')}>
            <span style={{ fontFamily: 'monospace' }}>{item.idNumber ?? '—'}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('employerRecognition.proposedByEngine')}>
            <Typography.Text strong data-testid="request-tier">
              {item.proposedTier ? enumLabel(t, 'tierName', item.proposedTier) : t('employerRecognition.noTier')}
            </Typography.Text>
          </Descriptions.Item>
        </Descriptions>
        {problemText ? (
          <Alert type="warning" showIcon message={t('employerRecognition.cannotRequest')} description={problemText} data-testid="request-problem" />
        ) : (
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {t('employerRecognition.confirmIntro')}
          </Typography.Paragraph>
        )}
        {request.isError ? <Alert type="error" showIcon message={errorText(request.error, i18n.language, t)} data-testid="request-error" /> : null}
      </Space>
    </Modal>
  );
}
