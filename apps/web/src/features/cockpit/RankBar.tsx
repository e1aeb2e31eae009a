/** A rank's 5–95 % interval over the sensitivity runs, drawn on a track of every rank, with its median. */
import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CockpitAim, CockpitSnapshotDto } from '@bole/contracts';

type Cell = CockpitSnapshotDto['units'][number]['indices'][CockpitAim];

/** The rank interval drawn on a track of every rank: the 5–95 % span and the median. */
export function RankBar({ cell, units }: { cell: Cell; units: number }) {
  const { t } = useTranslation();
  if (cell.median === null || cell.p5 === null || cell.p95 === null) return <Typography.Text type="secondary">{t('cockpit.noData')}</Typography.Text>;
  const at = (r: number) => ((r - 1) / Math.max(1, units - 1)) * 100;
  const label = t('cockpit.interval', { p5: cell.p5, p95: cell.p95, median: cell.median });
  return (
    <Space size={[8, 2]} wrap>
      <span
        role="img"
        aria-label={label}
        style={{ position: 'relative', display: 'inline-block', width: 120, height: 10, background: '#f0f0f0', borderRadius: 5 }}
      >
        <span
          style={{
            position: 'absolute',
            left: `${at(cell.p5)}%`,
            width: `${Math.max(4, at(cell.p95) - at(cell.p5))}%`,
            top: 2,
            height: 6,
            background: '#4f7cc0',
            borderRadius: 3,
          }}
        />
        <span style={{ position: 'absolute', left: `calc(${at(cell.median)}% - 3px)`, top: 0, width: 6, height: 10, background: '#1f3a66', borderRadius: 3 }} />
      </span>
      <Typography.Text style={{ whiteSpace: 'nowrap' }}>{label}</Typography.Text>
      {cell.robust === false ? <Tag color="warning">{t('cockpit.notRobust')}</Tag> : null}
    </Space>
  );
}
