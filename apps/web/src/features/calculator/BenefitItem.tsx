import { Card, Collapse, Flex, Space, Tag, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { BenefitOutcome, ConditionOutcome, FactToConfirm } from '@bole/contracts';
import { formatFen } from '../../shared/lib/money';
import { pickText } from '../../shared/lib/bilingual';
import { domainLabel, enumLabel, fieldName } from '../../shared/ui/enum-options';

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

/** The facts a benefit still needs verified: each with its status, who verifies it and on what. */
function ToConfirmList({ facts }: { facts: FactToConfirm[] }) {
  const { t } = useTranslation();
  return (
    <div data-testid="to-confirm" style={{ marginTop: 8 }}>
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {t('calculator.toConfirm')}
      </Typography.Text>
      <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
        {facts.map((f) => {
          const who = f.department
            ? `${domainLabel('department', f.department)} · ${domainLabel('factSource', 'department')}`
            : domainLabel('factSource', f.by);
          const evidence = f.evidence.map((k) => domainLabel('evidenceKind', k)).join('、');
          return (
            <li key={f.field} data-field={f.field} style={{ fontSize: 13 }}>
              <Typography.Text>{fieldName(f.field)}</Typography.Text>{' '}
              <Tag color={f.status === 'contradicted' ? 'warning' : undefined}>{domainLabel('factStatus', f.status)}</Tag>
              <Typography.Text type="secondary">
                {evidence ? t('calculator.confirmHowEvidence', { who, evidence }) : t('calculator.confirmHow', { who })}
              </Typography.Text>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/**
 * One policy outcome: title, how it is delivered, what it is worth, and why. `holds` (a talent's
 * own record): whether it also holds on verified facts now, or waits for them to be verified.
 */
export function BenefitItem({
  item,
  kind,
  winnerTitle,
  holds,
}: {
  item: BenefitOutcome;
  kind: 'granted' | 'displaced' | 'notMet';
  winnerTitle?: string;
  holds?: boolean;
}) {
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
            {kind === 'granted' && holds !== undefined ? (
              <Tag color={holds ? 'success' : 'orange'} data-testid={`holds-${item.policy}`} data-holds={holds}>
                {t(holds ? 'calculator.holds' : 'calculator.pending')}
              </Tag>
            ) : null}
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
      {kind === 'granted' && item.toConfirm?.length ? <ToConfirmList facts={item.toConfirm} /> : null}
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
