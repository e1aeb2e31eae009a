import { Button, Flex, Spin, Typography } from 'antd';
import { WarningFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/** A centred spinner while a page's data loads. */
export function LoadingBlock() {
  const { t } = useTranslation();
  return (
    <Flex justify="center" align="center" style={{ minHeight: 240 }}>
      <Spin description={t('common.loading')} size="large">
        <div style={{ width: 120, height: 60 }} />
      </Spin>
    </Flex>
  );
}

/** A page-level load failure with a retry button. */
export function LoadError({ text, onRetry }: { text: string; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Flex vertical align="center" gap={12} style={{ padding: '48px 16px', textAlign: 'center' }} role="alert">
      <WarningFilled style={{ fontSize: 56, color: '#ad6800' }} aria-hidden />
      <Typography.Text strong style={{ fontSize: 20 }}>
        {t('errors.loadFailed')}
      </Typography.Text>
      <Typography.Text type="secondary">{text}</Typography.Text>
      <Button onClick={onRetry}>{t('common.retry')}</Button>
    </Flex>
  );
}
