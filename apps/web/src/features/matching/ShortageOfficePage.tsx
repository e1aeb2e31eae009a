/**
 * Publishing the shortage catalogue (紧缺人才目录) for the office: a quarter's catalogue as computed
 * now beside the previous quarter, then publish it — after a confirmation, since policies read the
 * published catalogue (`inShortageCatalogue`) and money follows.
 */
import { useState } from 'react';
import { App, Button, Card, Descriptions, Flex, Rate, Select, Space, Statistic, Table, Tag } from 'antd';
import { CloudUploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { SHORTAGE_LISTED_MIN_STARS, businessDate, type ShortageEntryDto } from '@bole/contracts';
import { errorText } from '../../shared/form/problem';
import { useApiErrorHandler } from '../../shared/form/use-api-error';
import { pickText } from '../../shared/lib/bilingual';
import { formatDateTime } from '../../shared/lib/date-time';
import { demandFieldName, enumLabel } from '../../shared/ui/enum-options';
import { LoadError } from '../../shared/ui/LoadingBlock';
import { PageHeader } from '../../shared/ui/PageHeader';
import { usePublishShortage, useShortageCatalogue } from './api';
import { recentQuarters } from './ShortageCataloguePage';

/** The office's publishing screen of the shortage catalogue. */
export function ShortageOfficePage({ readOnly }: { readOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const { message, modal } = App.useApp();
  const onError = useApiErrorHandler();
  const quarters = recentQuarters(businessDate(new Date()));
  const [period, setPeriod] = useState(quarters[0]!);
  const q = useShortageCatalogue(period);
  const publish = usePublishShortage();
  const entries = q.data?.entries ?? [];
  const listedNow = entries.filter((e) => e.stars >= SHORTAGE_LISTED_MIN_STARS).length;
  const listedBefore = entries.filter((e) => (e.previousStars ?? 0) >= SHORTAGE_LISTED_MIN_STARS).length;
  const changed = entries.filter((e) => e.stars !== e.previousStars).length;

  const confirm = () =>
    modal.confirm({
      title: t('matching.shortageOffice.confirm'),
      content: t('matching.shortageOffice.confirmText', { period, listed: listedNow }),
      okText: t('matching.shortageOffice.publish'),
      onOk: () =>
        publish.mutateAsync(period).then(
          (r) => void message.success(t('matching.shortageOffice.published', { period: r.period, listed: r.listedSkills })),
          (e: unknown) => onError(e),
        ),
    });

  return (
    <>
      <PageHeader title={t('matching.shortageOffice.title')} subtitle={t('matching.shortageOffice.subtitle')} />
      <Space wrap style={{ marginBottom: 16 }}>
        <label htmlFor="shortage-office-period">{t('matching.shortage.period')}</label>
        <Select
          id="shortage-office-period"
          value={period}
          onChange={setPeriod}
          options={quarters.map((p) => ({ value: p, label: p }))}
          style={{ width: 140 }}
        />
        {readOnly ? null : (
          <Button type="primary" icon={<CloudUploadOutlined />} onClick={confirm} loading={publish.isPending} disabled={!q.data} data-testid="publish-shortage">
            {t('matching.shortageOffice.publish')}
          </Button>
        )}
      </Space>
      {q.isError ? <LoadError text={errorText(q.error, i18n.language, t)} onRetry={() => void q.refetch()} /> : null}
      <Card style={{ marginBottom: 16 }}>
        <Flex wrap gap={32} align="center">
          <Statistic title={t('matching.shortageOffice.listedNow', { period })} value={listedNow} />
          <Statistic title={t('matching.shortageOffice.listedBefore', { period: q.data?.previousPeriod ?? '' })} value={listedBefore} />
          <Statistic title={t('matching.shortageOffice.changed')} value={changed} />
          <Descriptions size="small" column={1} style={{ width: 'auto' }}>
            <Descriptions.Item label={t('matching.shortageOffice.state')}>
              <span data-testid="publication-state">
                {q.data?.publishedAt ? (
                  <Tag color="green">{t('matching.shortageOffice.publishedAt', { at: formatDateTime(q.data.publishedAt) })}</Tag>
                ) : (
                  <Tag>{t('matching.shortageOffice.notPublished')}</Tag>
                )}
              </span>
            </Descriptions.Item>
          </Descriptions>
        </Flex>
      </Card>
      <Card title={t('matching.shortage.listTitle', { period, previous: q.data?.previousPeriod ?? '' })}>
        <Table<ShortageEntryDto>
          rowKey="skill"
          size="small"
          loading={q.isPending}
          dataSource={entries}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: t('matching.shortage.empty') }}
          data-testid="shortage-preview"
          columns={[
            { title: t('matching.f.chain'), render: (_, e) => enumLabel(t, 'chain', e.chain) },
            { title: demandFieldName('subField'), render: (_, e) => pickText(e.subFieldName, i18n.language) },
            { title: t('matching.skill'), render: (_, e) => pickText(e.skillName, i18n.language) },
            { title: period, render: (_, e) => <Rate disabled value={e.stars} style={{ fontSize: 14 }} aria-label={`${e.stars}`} /> },
            {
              title: t('matching.shortageOffice.previousColumn', { period: q.data?.previousPeriod ?? '' }),
              render: (_, e) =>
                e.previousStars === null ? (
                  t('matching.shortage.notListed')
                ) : (
                  <Rate disabled value={e.previousStars} style={{ fontSize: 14 }} aria-label={`${e.previousStars}`} />
                ),
            },
            { title: demandFieldName('headcount'), dataIndex: 'openings', align: 'right' },
            { title: t('matching.shortage.supply'), dataIndex: 'supply', align: 'right' },
          ]}
        />
      </Card>
    </>
  );
}
