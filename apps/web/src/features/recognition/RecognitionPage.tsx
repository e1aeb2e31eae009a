/** 人才认定 (talent): request recognition, attach evidence, submit, and follow the timeline. */
import { Alert, App, Button, Card, Collapse, Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Recognition } from '@bole/contracts';
import { errorText } from '../../shared/form/problem';
import { LoadError, LoadingBlock } from '../../shared/ui/LoadingBlock';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useMyRecognitions, useRecognitionActions } from './api';
import { ApplicantCase } from './ApplicantCase';
import { CaseFacts } from './CaseSummary';
import { enumLabel } from '../../shared/ui/enum-options';

function CurrentCase({ r }: { r: Recognition }) {
  const { t } = useTranslation();
  const granted =
    r.status === 'granted' ? (
      <Alert
        type="success"
        showIcon
        data-testid="rec-granted"
        message={t('recognition.granted', { tier: enumLabel(t, 'tierName', r.proposedTier), until: r.validUntil })}
        action={
          <Link to="/talent-code">
            <Button type="primary" size="small">
              {t('recognition.viewCode')}
            </Button>
          </Link>
        }
      />
    ) : null;
  return (
    <Card data-testid="rec-current">
      <ApplicantCase r={r} notice={granted} />
    </Card>
  );
}

/** The talent's recognition page. */
export function RecognitionPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const mine = useMyRecognitions();
  const actions = useRecognitionActions();
  const header = <PageHeader title={t('recognition.title')} subtitle={t('recognition.subtitle')} />;
  if (mine.isPending)
    return (
      <>
        {header}
        <LoadingBlock />
      </>
    );
  if (mine.isError)
    return (
      <>
        {header}
        <LoadError text={errorText(mine.error, i18n.language, t)} onRetry={() => void mine.refetch()} />
      </>
    );
  const [latest, ...older] = mine.data.items;
  // The server says whether a new request is possible today (no open case, no valid grant).
  const { canRequest } = mine.data;
  return (
    <>
      {header}
      {canRequest ? (
        <Card style={{ marginBottom: 16 }}>
          <Flex justify="space-between" align="center" wrap gap={12}>
            <div>
              {!latest ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('recognition.none')} style={{ margin: 0, textAlign: 'left' }} /> : null}
              <Typography.Text type="secondary">{t('recognition.requestHint')}</Typography.Text>
            </div>
            <Button
              type="primary"
              data-testid="rec-request"
              loading={actions.request.isPending}
              onClick={() =>
                actions.request
                  .mutateAsync(undefined)
                  .then(() => message.success(t('recognition.requested')))
                  .catch((e: unknown) => message.error(errorText(e, i18n.language, t)))
              }
            >
              {t('recognition.request')}
            </Button>
          </Flex>
          {actions.request.isError ? (
            <Alert
              style={{ marginTop: 12 }}
              type="error"
              showIcon
              message={errorText(actions.request.error, i18n.language, t)}
              data-testid="rec-request-error"
            />
          ) : null}
        </Card>
      ) : null}
      {latest ? <CurrentCase r={latest} /> : null}
      {older.length ? (
        <Collapse
          style={{ marginTop: 16 }}
          items={[
            {
              key: 'h',
              label: t('recognition.history'),
              children: older.map((r) => (
                <div key={r.id} style={{ marginBottom: 12 }}>
                  <CaseFacts r={r} />
                </div>
              )),
            },
          ]}
        />
      ) : null}
    </>
  );
}
