import { useState } from 'react';
import { App, Button, Card, Drawer, Empty, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { CONTACT_STATUS_LABELS, POSTING_URGENCY_LABELS, type Candidate, type Posting } from '@bole/contracts';
import { errorText } from '../../shared/form/problem';
import { useApiErrorHandler } from '../../shared/form/use-api-error';
import { pickText } from '../../shared/lib/bilingual';
import { LoadError, LoadingBlock } from '../../shared/ui/LoadingBlock';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useCandidates, useInvite, useMyPostings, useTaxonomy } from './api';
import { PostingForm } from './PostingForm';
import { Reasons, ScoreParts } from './ScoreParts';
import { skillNamer } from './skill-options';
import { demandFieldName, fieldName } from '../../shared/ui/enum-options';

/** 岗位与候选人: the employer's postings, a new posting, and a posting's ranked candidates (masked until they accept contact). */
export function PostingsPage() {
  const { t, i18n } = useTranslation();
  const postings = useMyPostings();
  const taxonomy = useTaxonomy();
  const [selected, setSelected] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  if (postings.isPending || taxonomy.isPending) return <LoadingBlock />;
  if (postings.isError || taxonomy.isError)
    return <LoadError text={errorText(postings.error ?? taxonomy.error, i18n.language, t)} onRetry={() => void postings.refetch()} />;
  const name = skillNamer(taxonomy.data, i18n.language);
  const current = postings.data.find((p) => p.id === selected) ?? null;
  return (
    <>
      <PageHeader
        title={t('matching.postingsTitle')}
        subtitle={t('matching.postingsSubtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-posting">
            {t('matching.newPosting')}
          </Button>
        }
      />
      <Card title={t('matching.myPostings')} style={{ marginBottom: 16 }}>
        <Table<Posting>
          rowKey="id"
          size="small"
          dataSource={postings.data}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          locale={{ emptyText: t('matching.noPostings') }}
          rowSelection={{ type: 'radio', selectedRowKeys: selected ? [selected] : [], onChange: (keys) => setSelected(String(keys[0])) }}
          onRow={(p) => ({ onClick: () => setSelected(p.id) })}
          data-testid="my-postings"
          columns={[
            { title: demandFieldName('title'), dataIndex: 'title' },
            { title: t('matching.f.requiredSkills'), render: (_, p) => p.requiredSkills.map(name).join('、') },
            { title: t('matching.f.headcount'), dataIndex: 'headcount' },
            {
              title: t('matching.f.urgency'),
              render: (_, p) => <Tag color={p.urgency === 'normal' ? 'default' : 'red'}>{pickText(POSTING_URGENCY_LABELS[p.urgency], i18n.language)}</Tag>,
            },
            { title: t('matching.f.closesOn'), dataIndex: 'closesOn' },
          ]}
        />
      </Card>
      {current ? <Candidates posting={current} /> : <Empty description={t('matching.choosePosting')} />}
      <Drawer title={t('matching.newPosting')} open={creating} onClose={() => setCreating(false)} width={720} destroyOnHidden>
        <PostingForm
          taxonomy={taxonomy.data}
          onCreated={(id) => {
            setCreating(false);
            setSelected(id);
          }}
        />
      </Drawer>
    </>
  );
}

function Candidates({ posting }: { posting: Posting }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const query = useCandidates(posting.id);
  const invite = useInvite();
  const onError = useApiErrorHandler();
  if (query.isError) return <LoadError text={errorText(query.error, i18n.language, t)} onRetry={() => void query.refetch()} />;
  return (
    <Card title={t('matching.candidatesFor', { title: posting.title })} data-testid="candidates">
      <Typography.Paragraph type="secondary">{t('matching.candidatesHelp')}</Typography.Paragraph>
      <Table<Candidate>
        rowKey="talentId"
        size="small"
        loading={query.isPending}
        dataSource={query.data?.candidates ?? []}
        pagination={false}
        locale={{ emptyText: t('matching.noCandidates') }}
        expandable={{ expandedRowRender: (c) => <ScoreParts score={c.score} /> }}
        columns={[
          { title: t('matching.rank'), render: (_, __, i) => i + 1, width: 60 },
          { title: fieldName('name'), dataIndex: 'name' },
          { title: t('matching.total'), render: (_, c) => c.score.total },
          { title: t('matching.reasons'), render: (_, c) => <Reasons reasons={c.reasons} /> },
          {
            title: t('matching.status'),
            render: (_, c) =>
              c.contactStatus === 'none' ? (
                <Button
                  size="small"
                  onClick={() =>
                    invite.mutate(
                      { postingId: posting.id, talentId: c.talentId },
                      { onSuccess: () => void message.success(t('matching.invited')), onError: (e) => onError(e) },
                    )
                  }
                >
                  {t('matching.invite')}
                </Button>
              ) : (
                <Space>
                  <Tag color={c.contactStatus === 'accepted' ? 'green' : 'default'}>{pickText(CONTACT_STATUS_LABELS[c.contactStatus], i18n.language)}</Tag>
                </Space>
              ),
          },
        ]}
      />
    </Card>
  );
}
