import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from './PageTitle';

/** The 403 and 404 pages. */
export function StatusPage({ status }: { status: 403 | 404 }) {
  const { t } = useTranslation();
  const key = status === 403 ? 'forbidden' : 'notFound';
  return (
    <Result
      status={status === 403 ? '403' : '404'}
      title={
        <PageTitle
          testId={`status-${status}`}
          style={{ fontSize: 'inherit', fontWeight: 'inherit', lineHeight: 'inherit' }}
        >{`${status} · ${t(`errors.${key}Title`)}`}</PageTitle>
      }
      subTitle={t(`errors.${key}`)}
      extra={
        <Link to="/">
          <Button type="primary">{t('common.backHome')}</Button>
        </Link>
      }
    />
  );
}
