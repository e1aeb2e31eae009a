/** 紧缺人才目录 (public, no sign-in): a quarter's shortage index per skill, the previous quarter beside, Excel download, demand against supply per chain. */
import { useState } from 'react';
import { Button, Card, Descriptions, Flex, Rate, Select, Space, Table, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { SHORTAGE_DIMENSION_LABELS, businessDate, type ShortageEntryDto } from '@bole/contracts';
import { errorText } from '../../shared/form/problem';
import { pickText } from '../../shared/lib/bilingual';
import { demandFieldName, enumLabel, labelText } from '../../shared/ui/enum-options';
import { PageTitle } from '../../shared/ui/PageTitle';
import { LanguageSwitch } from '../../shared/ui/LanguageSwitch';
import { LoadError } from '../../shared/ui/LoadingBlock';
import { useShortageCatalogue } from './api';
import { ChainSupplyChart } from './ChainSupplyChart';

/** The current quarter and the three before it, newest first. */
export function recentQuarters(today: string): string[] {
  let year = Number(today.slice(0, 4));
  let q = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  const out: string[] = [];
  for (let i = 0; i < 4; i++) {
    out.push(`${year}-Q${q}`);
    if (--q === 0) [year, q] = [year - 1, 4];
  }
  return out;
}

export function ShortageCataloguePage() {
  const { t, i18n } = useTranslation();
  const quarters = recentQuarters(businessDate(new Date()));
  const [period, setPeriod] = useState(quarters[0]!);
  const query = useShortageCatalogue(period);
  const dims = Object.keys(SHORTAGE_DIMENSION_LABELS) as (keyof typeof SHORTAGE_DIMENSION_LABELS)[];
  return (
    <main style={{ maxWidth: 1200, margin: '0 auto', padding: 24 }}>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <PageTitle style={{ margin: 0 }}>{t('matching.shortage.title')}</PageTitle>
        <LanguageSwitch />
      </Flex>
      <Typography.Paragraph type="secondary">{t('matching.shortage.subtitle')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <label htmlFor="shortage-period">{t('matching.shortage.period')}</label>
        <Select id="shortage-period" value={period} onChange={setPeriod} options={quarters.map((q) => ({ value: q, label: q }))} style={{ width: 140 }} />
        <Button icon={<DownloadOutlined />} href={`/api/v1/shortage-catalogue.xlsx?period=${period}`} data-testid="shortage-xlsx">
          {t('matching.shortage.excel')}
        </Button>
      </Space>
      {query.isError ? <LoadError text={errorText(query.error, i18n.language, t)} onRetry={() => void query.refetch()} /> : null}
      <Card title={t('matching.shortage.byChain')} style={{ marginBottom: 16 }}>
        <ChainSupplyChart entries={query.data?.entries ?? []} />
      </Card>
      <Card title={t('matching.shortage.listTitle', { period, previous: query.data?.previousPeriod ?? '' })}>
        <Table<ShortageEntryDto>
          rowKey="skill"
          size="small"
          loading={query.isPending}
          dataSource={query.data?.entries ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: t('matching.shortage.empty') }}
          data-testid="shortage-table"
          expandable={{
            expandedRowRender: (e) => (
              <Descriptions size="small" column={{ xs: 1, md: 3 }}>
                {dims.map((d) => (
                  <Descriptions.Item key={d} label={pickText(SHORTAGE_DIMENSION_LABELS[d], i18n.language)}>
                    {'★'.repeat(e.dimensions[d])}
                  </Descriptions.Item>
                ))}
              </Descriptions>
            ),
          }}
          columns={[
            { title: t('matching.f.chain'), render: (_, e) => enumLabel(t, 'chain', e.chain) },
            { title: demandFieldName('subField'), render: (_, e) => pickText(e.subFieldName, i18n.language) },
            { title: t('matching.skill'), render: (_, e) => pickText(e.skillName, i18n.language) },
            { title: t('matching.shortage.stars'), render: (_, e) => <Rate disabled value={e.stars} style={{ fontSize: 14 }} aria-label={`${e.stars}`} /> },
            {
              title: t('matching.shortage.previous'),
              render: (_, e) => (e.previousStars === null ? t('matching.shortage.notListed') : '★'.repeat(e.previousStars)),
            },
            { title: demandFieldName('headcount'), dataIndex: 'openings' },
            { title: t('matching.shortage.supply'), dataIndex: 'supply' },
            { title: labelText(SHORTAGE_DIMENSION_LABELS.applicantsPerOpening), dataIndex: 'qualifiedPerOpening' },
          ]}
        />
      </Card>
    </main>
  );
}
