/**
 * What a round publishes, as every housing screen shows it: the unit types on offer, the
 * commitments made before the draw (rules, code version, eligible-list hash, the beacon round that
 * seeds it) and, once published, the seed and each unit type's cutoff.
 */
import { Descriptions, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { HOUSING_LAYOUT_LABELS, HOUSING_ROUND_STATUS_LABELS, type HousingCutoff, type HousingRound } from '@bole/contracts';
import { pickText } from '../../shared/lib/bilingual';
import { formatDateTime } from '../../shared/lib/date-time';

const STATUS_COLOR = { open: 'blue', committed: 'gold', drawn: 'purple', published: 'green' } as const;

/** Yuan from fen, as "1,200 元/月". */
export function rentText(fen: number, lang: string): string {
  const yuan = (fen / 100).toLocaleString(lang.startsWith('en') ? 'en' : 'zh-CN');
  return lang.startsWith('en') ? `¥${yuan}/month` : `${yuan} 元/月`;
}

/** A unit type's name: project and layout, e.g. "河西人才公寓 · 一室一厅". */
export function unitTypeName(round: HousingRound | null, unitType: string, lang: string): string {
  const offered = round?.unitTypes.find((u) => u.unitType === unitType);
  const layout = unitType.split('/')[1] as keyof typeof HOUSING_LAYOUT_LABELS;
  const layoutName = HOUSING_LAYOUT_LABELS[layout] ? pickText(HOUSING_LAYOUT_LABELS[layout], lang) : layout;
  return offered ? `${offered.projectName} · ${layoutName}` : `${unitType.split('/')[0]} · ${layoutName}`;
}

/** The round's status as a tag. */
export function RoundStatusTag({ round }: { round: HousingRound }) {
  const { i18n } = useTranslation();
  return <Tag color={STATUS_COLOR[round.status]}>{pickText(HOUSING_ROUND_STATUS_LABELS[round.status], i18n.language)}</Tag>;
}

/** The unit types a round offers. */
export function RoundUnitTypes({ round }: { round: HousingRound }) {
  const { t, i18n } = useTranslation();
  return (
    <Table
      size="small"
      rowKey="unitType"
      pagination={false}
      dataSource={round.unitTypes}
      columns={[
        { title: t('housing.unitType'), render: (_: unknown, u) => unitTypeName(round, u.unitType, i18n.language) },
        { title: t('housing.unitTypeKey'), dataIndex: 'unitType', render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
        { title: t('housing.units'), dataIndex: 'units', align: 'right' },
        { title: t('housing.rentFrom'), dataIndex: 'rentFen', render: (v: number) => rentText(v, i18n.language) },
      ]}
    />
  );
}

/** The commitments published before the draw, and the seed after it. */
export function RoundCommitments({ round }: { round: HousingRound }) {
  const { t } = useTranslation();
  const when = (iso: string | null) => (iso ? formatDateTime(iso) : t('common.none'));
  if (!round.committedAt) return <Typography.Paragraph type="secondary">{t('housing.noCommitmentsYet')}</Typography.Paragraph>;
  return (
    <Descriptions size="small" column={1} bordered data-testid={`housing-commitments-${round.code}`}>
      <Descriptions.Item label={t('housing.committedAt')}>{when(round.committedAt)}</Descriptions.Item>
      <Descriptions.Item label={t('housing.eligibleCount')}>{round.eligibleCount}</Descriptions.Item>
      <Descriptions.Item label={t('housing.eligibleHash')}>
        <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>
          {round.eligibleHash}
        </Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label={t('housing.codeVersion')}>{round.codeVersion}</Descriptions.Item>
      <Descriptions.Item label={t('housing.beacon')}>
        {round.beacon} · {when(round.beaconAt)}
      </Descriptions.Item>
      <Descriptions.Item label={t('housing.seed')}>
        {round.seed ? (
          <Typography.Text code style={{ wordBreak: 'break-all' }}>
            {round.seed}
          </Typography.Text>
        ) : (
          t('housing.seedNotYet')
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('housing.rules')}>
        <Typography.Paragraph style={{ whiteSpace: 'pre-line', margin: 0 }}>{round.rules}</Typography.Paragraph>
      </Descriptions.Item>
    </Descriptions>
  );
}

/** Each unit type's cutoff: the last place, tier and lottery number that got one of its units. */
export function RoundCutoffs({ round }: { round: HousingRound }) {
  const { t, i18n } = useTranslation();
  if (!round.cutoffs) return null;
  return (
    <Table<HousingCutoff>
      size="small"
      rowKey="unitType"
      pagination={false}
      data-testid={`housing-cutoffs-${round.code}`}
      dataSource={round.cutoffs}
      columns={[
        { title: t('housing.unitType'), render: (_: unknown, c) => unitTypeName(round, c.unitType, i18n.language) },
        { title: t('housing.allocated'), render: (_: unknown, c) => `${c.allocated} / ${c.units}` },
        {
          title: t('housing.cutoff'),
          render: (_: unknown, c) =>
            c.lastPosition === null ? t('housing.cutoffNone') : t('housing.cutoffAt', { position: c.lastPosition, tier: c.lastTier ?? t('housing.noTier') }),
        },
        {
          title: t('housing.cutoffLottery'),
          dataIndex: 'lastLottery',
          render: (v: string | null) => (v ? <Typography.Text code>{`${v.slice(0, 16)}…`}</Typography.Text> : t('common.none')),
        },
      ]}
    />
  );
}
