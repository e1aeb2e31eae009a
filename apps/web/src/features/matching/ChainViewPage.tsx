/**
 * 人才链 × 产业链 for the office: per industry chain, the talents holding its skills against the
 * openings in postings and in the latest survey's answers (chart and table); a chain drills into
 * its sub-fields; the table downloads as Excel.
 */
import { Button, Card, Select, Space, Table, Typography } from 'antd';
import { ArrowLeftOutlined, DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { CHAIN_VIEW_COLUMN_LABELS, type ChainViewRow } from '@bole/contracts';
import { cityCodes } from '../../shared/api/city';
import { errorText } from '../../shared/form/problem';
import { pickText } from '../../shared/lib/bilingual';
import { enumLabel, enumOptions } from '../../shared/ui/enum-options';
import { LoadError } from '../../shared/ui/LoadingBlock';
import { PageHeader } from '../../shared/ui/PageHeader';
import { chainViewXlsxUrl, useChainView } from './api';
import { ChainDemandChart } from './ChainDemandChart';

/** The office's chain view; `?chain=` is the chain drilled into. */
export function ChainViewPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const chain = params.get('chain');
  const q = useChainView(chain);
  const label = (k: keyof typeof CHAIN_VIEW_COLUMN_LABELS) => pickText(CHAIN_VIEW_COLUMN_LABELS[k], i18n.language);
  const drill = (next: string | null) => setParams(next ? { chain: next } : {});
  const nameOf = (r: ChainViewRow) => (chain ? (r.name ? pickText(r.name, i18n.language) : label('unassigned')) : enumLabel(t, 'chain', r.key));
  const rows = q.data?.rows ?? [];
  return (
    <>
      <PageHeader title={t('matching.chainView.title')} subtitle={t('matching.chainView.subtitle')} />
      <Space wrap style={{ marginBottom: 16 }}>
        {chain ? (
          <Button icon={<ArrowLeftOutlined />} onClick={() => drill(null)} data-testid="all-chains">
            {t('matching.chainView.allChains')}
          </Button>
        ) : null}
        <label htmlFor="chain-view-chain">{t('matching.f.chain')}</label>
        <Select
          id="chain-view-chain"
          allowClear
          placeholder={t('matching.chainView.allChains')}
          value={chain ?? undefined}
          onChange={(v?: string) => drill(v ?? null)}
          options={enumOptions(t, 'chain', cityCodes('chain'))}
          style={{ width: 200 }}
        />
        <Button icon={<DownloadOutlined />} href={chainViewXlsxUrl(chain)} data-testid="chain-view-xlsx">
          {t('matching.exportExcel')}
        </Button>
        {q.data ? <Typography.Text type="secondary">{t('matching.chainView.asOf', { date: q.data.asOf })}</Typography.Text> : null}
      </Space>
      {q.isError ? <LoadError text={errorText(q.error, i18n.language, t)} onRetry={() => void q.refetch()} /> : null}
      <Card
        title={chain ? t('matching.chainView.bySubField', { chain: enumLabel(t, 'chain', chain) }) : t('matching.chainView.byChain')}
        style={{ marginBottom: 16 }}
      >
        <ChainDemandChart rows={rows} labelOf={nameOf} onPick={chain ? undefined : (r) => r.key && drill(r.key)} />
        {chain ? null : <Typography.Text type="secondary">{t('matching.chainView.clickHint')}</Typography.Text>}
      </Card>
      <Card title={t('matching.chainView.table')}>
        <Table<ChainViewRow>
          rowKey={(r) => r.key ?? '—'}
          size="small"
          loading={q.isPending}
          dataSource={rows}
          pagination={false}
          data-testid="chain-view-table"
          columns={[
            {
              title: chain ? label('subField') : t('matching.f.chain'),
              render: (_, r) =>
                chain || !r.key ? (
                  nameOf(r)
                ) : (
                  <Typography.Link onClick={() => drill(r.key)} data-testid={`drill-${r.key}`}>
                    {nameOf(r)}
                  </Typography.Link>
                ),
            },
            { title: label('supply'), dataIndex: 'supply', align: 'right' },
            { title: label('postingOpenings'), dataIndex: 'postingOpenings', align: 'right' },
            { title: label('surveyOpenings'), dataIndex: 'surveyOpenings', align: 'right' },
            { title: label('openings'), align: 'right', render: (_, r) => r.postingOpenings + r.surveyOpenings },
          ]}
        />
      </Card>
    </>
  );
}
