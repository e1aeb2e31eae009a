/** The records behind a count indicator's number for one district or chain: talents (names masked) or employers. */
import { Drawer, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { COCKPIT_INDICATOR_LABELS, FIELD_LABELS, ROLE_LABELS, standalone, type CockpitRecordsDto } from '@bole/contracts';
import { domainLabel } from '../../shared/ui/enum-options';
import { useCockpitRecords } from './api';
import type { DrillTarget } from './drill-target';

type Row = CockpitRecordsDto['items'][number];

/** A drawer listing the records of `target`; closed when it is null. */
export function DrillDown({ target, onClose }: { target: DrillTarget | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const q = useCockpitRecords(target);
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const talents = target?.indicator !== 'employers';
  const title = target ? `${domainLabel(target.unit, target.code)} · ${standalone(COCKPIT_INDICATOR_LABELS[target.indicator], lang)} · ${target.period}` : '';
  const dash = (v: string | null, group: 'tier' | 'degree') => (v === null ? '—' : domainLabel(group, v));
  return (
    <Drawer open={target !== null} onClose={onClose} title={title} width={720} destroyOnHidden>
      <Typography.Paragraph type="secondary" data-testid="cockpit-records-total">
        {t('cockpit.records.total', { total: q.data?.total ?? 0, shown: q.data?.items.length ?? 0 })}
      </Typography.Paragraph>
      <Table<Row>
        rowKey={(r) => `${r.name}-${r.date}-${r.employer ?? ''}`}
        size="small"
        loading={q.isLoading}
        dataSource={q.data?.items ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        data-testid="cockpit-records"
        columns={[
          { title: talents ? t('cockpit.records.talent') : standalone(ROLE_LABELS.employer, lang), dataIndex: 'name' },
          { title: t('cockpit.records.date'), dataIndex: 'date' },
          ...(talents
            ? [
                { title: standalone(FIELD_LABELS.tier, lang), render: (_: unknown, r: Row) => dash(r.tier, 'tier') },
                { title: standalone(FIELD_LABELS.highestDegree, lang), render: (_: unknown, r: Row) => dash(r.highestDegree, 'degree') },
                { title: standalone(FIELD_LABELS.employerId, lang), render: (_: unknown, r: Row) => r.employer ?? '—' },
              ]
            : []),
        ]}
      />
    </Drawer>
  );
}
