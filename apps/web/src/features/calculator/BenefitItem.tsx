import { Card, Collapse, Flex, Space, Tag, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { BenefitOutcome, ConditionOutcome } from '@bole/contracts';
import { formatFen } from '../../shared/lib/money';
import { pickText } from '../../shared/lib/bilingual';
import { enumLabel } from '../../shared/ui/enum-options';

const MODE_COLORS: Record<BenefitOutcome['mode'], string> = { auto: 'green', apply: 'blue', notify: 'gold' };

/** The conditions of a policy, each with ✓/✗ and, when failed, what would pass. */
export function ConditionList({ conditions }: { conditions: ConditionOutcome[] }) {
  const { i18n } = useTranslation();
  return (
    <ul className="calc-conditions" style={{ listStyle: 'none', paddingInlineStart: 0, margin: 0 }}>
      {conditions.map((c, i) => (
        <li key={i} style={{ padding: '4px 0' }} data-pass={c.pass}>
          <Flex gap={8} align="flex-start">
            {c.pass ? <CheckCircleFilled style={{ color: '#52c41a', marginTop: 4 }} /> : <CloseCircleFilled style={{ color: '#ff4d4f', marginTop: 4 }} />}
            <div>
              <Typography.Text>{pickText(c.text, i18n.language)}</Typography.Text>
              {c.why ? (
                <Typography.Text type="danger" style={{ display: 'block', fontSize: 13 }}>
                  {pickText(c.why, i18n.language)}
                </Typography.Text>
              ) : null}
            </div>
          </Flex>
        </li>
      ))}
    </ul>
  );
}

/** One policy outcome: title, how it is delivered, what it is worth, and why. */
export function BenefitItem({ item, kind, winnerTitle }: { item: BenefitOutcome; kind: 'granted' | 'displaced' | 'notMet'; winnerTitle?: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const failed = item.conditions.filter((c) => !c.pass).length;
  return (
    <Card size="small" data-testid={`${kind}-${item.policy}`} style={{ height: '100%' }}>
      <Flex justify="space-between" align="flex-start" gap={8} wrap>
        <Space direction="vertical" size={2} style={{ minWidth: 0, flex: 1 }}>
          <Typography.Text strong style={{ fontSize: 15 }}>
            {pickText(item.title, lang)}
          </Typography.Text>
          <Space size={4} wrap>
            <Tag color={MODE_COLORS[item.mode]}>{enumLabel(t, 'policyMode', item.mode)}</Tag>
            <Tag>{enumLabel(t, 'pillar', item.pillar)}</Tag>
          </Space>
        </Space>
        {kind !== 'notMet' ? (
          <div style={{ textAlign: 'right' }}>
            <Typography.Text strong style={{ fontSize: 18, color: kind === 'granted' ? '#cf1322' : undefined }} delete={kind === 'displaced'}>
              {item.benefitKind === 'service' && item.amountFen === 0 ? t('calculator.service') : formatFen(item.valueFen, lang)}
            </Typography.Text>
          </div>
        ) : null}
      </Flex>
      {kind === 'notMet' ? null : (
        <Typography.Paragraph type={kind === 'granted' ? undefined : 'secondary'} style={{ margin: '8px 0 0' }}>
          {kind === 'displaced' && winnerTitle ? t('calculator.displacedBy', { winner: winnerTitle }) : pickText(item.summary, lang)}
        </Typography.Paragraph>
      )}
      <Collapse
        ghost
        size="small"
        defaultActiveKey={kind === 'notMet' ? ['why'] : []}
        items={[
          {
            key: 'why',
            label: kind === 'notMet' ? t('calculator.failedCount', { count: failed }) : t('calculator.why'),
            children: <ConditionList conditions={kind === 'notMet' ? item.conditions.filter((c) => !c.pass) : item.conditions} />,
          },
        ]}
      />
    </Card>
  );
}
