/**
 * 人才发展指数 (public, no sign-in): the four indices per district for a period, each with its
 * rank and rank interval — figures only, no personal data — and a link to the published method.
 */
import { useMemo, useState } from 'react';
import { Card, Empty, Select, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { COCKPIT_AIMS, COCKPIT_AIM_LABELS, standalone, type PublicIndicesDto } from '@bole/contracts';
import { PublicShell } from '../../shared/ui/PublicShell';
import { formatDateTime } from '../../shared/lib/date-time';
import { domainLabel } from '../../shared/ui/enum-options';
import { RankBar } from './RankBar';
import { usePublicIndices } from './api';
import { periodOptions } from './periods';

type District = PublicIndicesDto['districts'][number];

/** The public page of the four indices. */
export function PublicIndicesPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const options = useMemo(() => periodOptions(new Date()), []);
  const [period, setPeriod] = useState(options[0]!);
  const q = usePublicIndices(period);
  const rows = q.data?.districts ?? [];
  return (
    <PublicShell
      title={t('cockpit.public.title')}
      subtitle={t('cockpit.public.subtitle')}
      links={
        <a href="/api/v1/cockpit/indicators" target="_blank" rel="noreferrer">
          {t('cockpit.public.method')}
        </a>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <label htmlFor="indices-period">{t('cockpit.period')}</label>
        <Select id="indices-period" value={period} onChange={setPeriod} options={options.map((p) => ({ value: p, label: p }))} style={{ width: 130 }} />
      </Space>
      <Card loading={q.isLoading}>
        {q.data ? (
          <>
            <Typography.Paragraph type="secondary" data-testid="public-indices-computed-at">
              {t('cockpit.public.computedAt', { at: formatDateTime(q.data.computedAt) })}
            </Typography.Paragraph>
            <Table<District>
              rowKey="code"
              size="small"
              pagination={false}
              dataSource={rows}
              data-testid="public-indices"
              scroll={{ x: true }}
              columns={[
                {
                  title: t('cockpit.public.district'),
                  width: 88,
                  render: (_: unknown, d: District) => <span style={{ whiteSpace: 'nowrap' }}>{domainLabel('district', d.code)}</span>,
                },
                ...COCKPIT_AIMS.map((aim) => ({
                  title: standalone(COCKPIT_AIM_LABELS[aim], lang),
                  render: (_: unknown, d: District) => (
                    <Space direction="vertical" size={0}>
                      <Typography.Text strong>{d.indices[aim].value === null ? t('cockpit.noData') : d.indices[aim].value!.toFixed(1)}</Typography.Text>
                      {d.indices[aim].value === null ? null : <RankBar cell={d.indices[aim]} units={rows.length} />}
                    </Space>
                  ),
                })),
              ]}
            />
          </>
        ) : (
          <Empty description={t('cockpit.public.notPublished', { period })} />
        )}
      </Card>
    </PublicShell>
  );
}
