import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The 403 and 404 pages. */
export function StatusPage({ status }: { status: 403 | 404 }) {
  const { t } = useTranslation();
  const key = status === 403 ? 'forbidden' : 'notFound';
  return (
    <Result
      status={status === 403 ? '403' : '404'}
      title={<span data-testid={`status-${status}`}>{`${status} · ${t(`errors.${key}Title`)}`}</span>}
      subTitle={t(`errors.${key}`)}
      extra={
        <Link to="/">
          <Button type="primary">{t('common.backHome')}</Button>
        </Link>
      }
    />
  );
}
