/** An index's trend over the stored periods as a small line, and its change against the period before. */
import { Space, Typography } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/** The values as a sparkline (gaps where a period has no data), named for screen readers. */
export function TrendLine({ periods, values }: { periods: string[]; values: (number | null)[] }) {
  const { t } = useTranslation();
  const known = values.filter((v): v is number => v !== null);
  if (known.length === 0) return <Typography.Text type="secondary">{t('cockpit.noData')}</Typography.Text>;
  const [w, h] = [100, 24];
  const lo = Math.min(...known);
  const span = Math.max(...known) - lo || 1;
  const x = (i: number) => (values.length === 1 ? w / 2 : (i / (values.length - 1)) * (w - 4) + 2);
  const y = (v: number) => h - 3 - ((v - lo) / span) * (h - 6);
  const points = values.map((v, i) => (v === null ? null : `${x(i).toFixed(1)},${y(v).toFixed(1)}`)).filter((p) => p !== null);
  const label = periods.map((p, i) => `${p}: ${values[i] === null ? t('cockpit.noData') : values[i]!.toFixed(1)}`).join('; ');
  return (
    <svg width={w} height={h} role="img" aria-label={label}>
      <title>{label}</title>
      <polyline points={points.join(' ')} fill="none" stroke="#4f7cc0" strokeWidth={2} />
      {points.map((p) => {
        const [cx, cy] = p.split(',');
        return <circle key={p} cx={cx} cy={cy} r={2.5} fill="#1f3a66" />;
      })}
    </svg>
  );
}

/** The change against the period before: "+3.2" up, "−1.0" down, no data when either is missing. */
export function Delta({ delta, previousPeriod }: { delta: number | null; previousPeriod: string }) {
  const { t } = useTranslation();
  if (delta === null) return <Typography.Text type="secondary">{t('cockpit.noComparison', { period: previousPeriod })}</Typography.Text>;
  const up = delta > 0;
  const text = `${up ? '+' : delta < 0 ? '−' : '±'}${Math.abs(delta).toFixed(1)}`;
  return (
    <Space size={4} aria-label={t('cockpit.deltaLabel', { delta: text, period: previousPeriod })}>
      {delta !== 0 ? up ? <ArrowUpOutlined style={{ color: '#237804' }} /> : <ArrowDownOutlined style={{ color: '#a8071a' }} /> : null}
      <Typography.Text>{text}</Typography.Text>
    </Space>
  );
}
