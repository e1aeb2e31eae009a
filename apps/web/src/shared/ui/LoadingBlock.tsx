import { Button, Flex, Result, Spin } from 'antd';
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
  return <Result status="warning" title={t('errors.loadFailed')} subTitle={text} extra={<Button onClick={onRetry}>{t('common.retry')}</Button>} />;
}
