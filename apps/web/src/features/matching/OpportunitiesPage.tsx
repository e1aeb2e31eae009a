import { App, Button, Card, Collapse, Empty, List, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { CONTACT_STATUS_LABELS, POSTING_ENGAGEMENT_LABELS, POSTING_URGENCY_LABELS, type Opportunity, type PostingContact } from '@bole/contracts';
import { errorText } from '../../shared/form/problem';
import { useApiErrorHandler } from '../../shared/form/use-api-error';
import { pickText } from '../../shared/lib/bilingual';
import { enumLabel } from '../../shared/ui/enum-options';
import { LoadError, LoadingBlock } from '../../shared/ui/LoadingBlock';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useApply, useDecideContact, useMyContacts, useMyViews, useOpportunities } from './api';
import { Reasons, ScoreParts } from './ScoreParts';

/** 岗位机会: open postings ranked for the talent (apply), invitations (accept or decline), who looked. */
export function OpportunitiesPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('matching.opportunitiesTitle')} subtitle={t('matching.opportunitiesSubtitle')} />
      <Invitations />
      <Opportunities />
      <Views />
    </>
  );
}

function Opportunities() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const query = useOpportunities();
  const apply = useApply();
  const onError = useApiErrorHandler();
  if (query.isPending) return <LoadingBlock />;
  if (query.isError) return <LoadError text={errorText(query.error, i18n.language, t)} onRetry={() => void query.refetch()} />;
  const onApply = (id: string) => apply.mutate(id, { onSuccess: () => void message.success(t('matching.applied')), onError: (e) => onError(e) });
  return (
    <Card title={t('matching.rankedPostings')} style={{ marginBottom: 16 }}>
      {query.data.length === 0 ? (
        <Empty description={t('matching.noOpportunities')} />
      ) : (
        <List<Opportunity>
          dataSource={query.data}
          data-testid="opportunities"
          renderItem={(o, i) => (
            <List.Item
              key={o.posting.id}
              actions={[
                o.contactStatus === 'none' ? (
                  <Button key="apply" type="primary" onClick={() => onApply(o.posting.id)} loading={apply.isPending && apply.variables === o.posting.id}>
                    {t('matching.apply')}
                  </Button>
                ) : (
                  <Tag key="status">{pickText(CONTACT_STATUS_LABELS[o.contactStatus], i18n.language)}</Tag>
                ),
              ]}
            >
              <List.Item.Meta
                title={
                  <Space wrap>
                    <Typography.Text strong>{`${i + 1}. ${o.posting.title}`}</Typography.Text>
                    <Tag color={o.posting.urgency === 'normal' ? 'default' : 'red'}>{pickText(POSTING_URGENCY_LABELS[o.posting.urgency], i18n.language)}</Tag>
                    <Tag>{pickText(POSTING_ENGAGEMENT_LABELS[o.posting.engagementMode], i18n.language)}</Tag>
                    <Typography.Text type="secondary">{t('matching.scoreOf', { score: o.score.total })}</Typography.Text>
                  </Space>
                }
                description={
                  <>
                    <div>
                      {o.posting.employerName} · {enumLabel(t, 'district', o.posting.district)} ·{' '}
                      {t('matching.salaryBand', { min: o.posting.salaryMin, max: o.posting.salaryMax })} ·{' '}
                      {t('matching.closesOn', { date: o.posting.closesOn })}
                    </div>
                    <Reasons reasons={o.reasons} />
                    <Collapse size="small" ghost items={[{ key: 's', label: t('matching.breakdown'), children: <ScoreParts score={o.score} /> }]} />
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

function Invitations() {
  const { t, i18n } = useTranslation();
  const query = useMyContacts();
  const decide = useDecideContact();
  const onError = useApiErrorHandler();
  if (!query.data || query.data.length === 0) return null;
  return (
    <Card title={t('matching.contacts')} style={{ marginBottom: 16 }}>
      <Table<PostingContact>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={query.data}
        data-testid="contacts"
        columns={[
          { title: t('matching.posting'), dataIndex: 'postingTitle' },
          { title: t('matching.employerName'), dataIndex: 'employerName' },
          { title: t('matching.initiator'), render: (_, c) => t(`matching.initiators.${c.initiator}`) },
          { title: t('matching.status'), render: (_, c) => pickText(CONTACT_STATUS_LABELS[c.status], i18n.language) },
          {
            title: t('matching.actions'),
            render: (_, c) =>
              c.status === 'pending' ? (
                <Space>
                  <Button type="primary" size="small" onClick={() => decide.mutate({ id: c.id, accept: true }, { onError: (e) => onError(e) })}>
                    {t('matching.accept')}
                  </Button>
                  <Button size="small" onClick={() => decide.mutate({ id: c.id, accept: false }, { onError: (e) => onError(e) })}>
                    {t('matching.decline')}
                  </Button>
                </Space>
              ) : null,
          },
        ]}
      />
    </Card>
  );
}

function Views() {
  const { t } = useTranslation();
  const query = useMyViews();
  return (
    <Card title={t('matching.whoLooked')}>
      <Table
        rowKey={(v) => `${v.employerName}-${v.viewedAt}`}
        size="small"
        loading={query.isPending}
        dataSource={query.data ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        data-testid="views"
        locale={{ emptyText: t('matching.nobodyLooked') }}
        columns={[
          { title: t('matching.employerName'), dataIndex: 'employerName' },
          { title: t('matching.posting'), render: (_, v) => v.postingTitle ?? t('common.none') },
          { title: t('matching.viewedAt'), render: (_, v) => dayjs(v.viewedAt).format('YYYY-MM-DD HH:mm') },
        ]}
      />
    </Card>
  );
}
