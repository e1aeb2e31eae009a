import { useState } from 'react';
import { Button, Card, Col, Empty, Flex, Result, Row, Space, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BenefitOutcome, CalculatorResult } from '@bole/contracts';
import { errorText, hasErrorCode } from '../../shared/form/problem';
import { DateField } from '../../shared/ui/DateField';
import { LoadError, LoadingBlock } from '../../shared/ui/LoadingBlock';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useMyCalculation } from './api';
import { BenefitItem } from './BenefitItem';
import { formatFen } from '../../shared/lib/money';
import { pickText } from '../../shared/lib/bilingual';
import { fieldName } from '../../shared/ui/enum-options';

function Section({
  title,
  items,
  kind,
  result,
  testId,
  hint,
}: {
  title: string;
  hint?: string;
  items: BenefitOutcome[];
  kind: 'granted' | 'displaced' | 'notMet';
  result: CalculatorResult;
  testId: string;
}) {
  const { i18n } = useTranslation();
  const all = [...result.granted, ...result.displaced, ...result.notMet];
  return (
    <section data-testid={testId} style={{ marginTop: 20 }}>
      <Typography.Title level={4} style={{ marginBottom: 12 }}>
        {title} <Tag style={{ verticalAlign: 'middle' }}>{items.length}</Tag>
      </Typography.Title>
      {hint ? <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph> : null}
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Row gutter={[12, 12]}>
          {items.map((item) => {
            const winner = item.displacedBy ? all.find((o) => o.policy === item.displacedBy) : undefined;
            return (
              <Col key={item.policy} xs={24} md={12} xl={8}>
                <BenefitItem
                  item={item}
                  kind={kind}
                  winnerTitle={winner ? pickText(winner.title, i18n.language) : undefined}
                  holds={result.confirmed ? result.confirmed.granted.includes(item.policy) : undefined}
                />
              </Col>
            );
          })}
        </Row>
      )}
    </section>
  );
}

/** A calculation's result: the tier, the total, and every policy granted, displaced or not met, and why. */
export function CalculationResult({ result }: { result: CalculatorResult }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const r = result;
  // Rewards paid to the talent's employer are shown apart: they are not the talent's own.
  const own = r.granted.filter((o) => o.payee === 'talent');
  const toEmployer = r.granted.filter((o) => o.payee === 'employer');
  return (
    <>
      <Card data-testid="calc-summary">
        <Row gutter={[16, 16]} align="middle">
          <Col xs={24} md={r.confirmed ? 8 : 10}>
            <Typography.Text type="secondary">{fieldName('tier')}</Typography.Text>
            <div data-testid="calc-tier" style={{ fontSize: 22, fontWeight: 600, marginTop: 4 }}>
              {r.tierLabel ? pickText(r.tierLabel, lang) : t('calculator.noTier')}
            </div>
          </Col>
          <Col xs={12} md={r.confirmed ? 5 : 7}>
            <Statistic title={t('calculator.totalValue')} value={formatFen(r.totalValueFen, lang)} valueStyle={{ color: '#cf1322' }} />
          </Col>
          {r.confirmed ? (
            <Col xs={12} md={6} data-testid="calc-confirmed">
              <Statistic title={t('calculator.confirmedValue')} value={formatFen(r.confirmed.totalValueFen, lang)} valueStyle={{ color: '#389e0d' }} />
            </Col>
          ) : null}
          <Col xs={12} md={r.confirmed ? 5 : 7}>
            <Statistic title={t('calculator.grantedCount')} value={own.length} suffix={`/ ${r.granted.length + r.displaced.length + r.notMet.length}`} />
          </Col>
        </Row>
        <Flex gap={8} style={{ marginTop: 8 }} wrap>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('calculator.basis', { at: r.at })}
          </Typography.Text>
          {r.confirmed ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="calc-confirmed-hint">
              {t('calculator.confirmedHint')}
            </Typography.Text>
          ) : null}
        </Flex>
      </Card>
      <Section testId="calc-granted" title={t('calculator.granted')} items={own} kind="granted" result={r} />
      {toEmployer.length > 0 ? (
        <Section testId="calc-employer" title={t('calculator.toEmployer')} hint={t('calculator.toEmployerHint')} items={toEmployer} kind="granted" result={r} />
      ) : null}
      <Section testId="calc-displaced" title={t('calculator.displaced')} items={r.displaced} kind="displaced" result={r} />
      <Section testId="calc-notmet" title={t('calculator.notMet')} items={r.notMet} kind="notMet" result={r} />
    </>
  );
}

/** 政策计算器 / What can I get: the talent's tier and every policy, granted or not, and why. */
export function CalculatorPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [at, setAt] = useState<string | null>(null);
  const calc = useMyCalculation(at);

  const header = (
    <PageHeader
      title={t('calculator.title')}
      subtitle={t('calculator.subtitle')}
      extra={
        <Space>
          <Typography.Text type="secondary">{fieldName('at')}</Typography.Text>
          <div style={{ width: 150 }}>
            <DateField value={at ?? calc.data?.at ?? null} onChange={setAt} aria-label={fieldName('at')} />
          </div>
        </Space>
      }
    />
  );

  if (calc.isPending)
    return (
      <>
        {header}
        <LoadingBlock />
      </>
    );
  if (calc.isError) {
    const incomplete = hasErrorCode(calc.error, 'BOLE_PROFILE_INCOMPLETE');
    return (
      <>
        {header}
        {incomplete ? (
          <Result
            status="info"
            title={t('calculator.incompleteTitle')}
            subTitle={errorText(calc.error, lang, t)}
            extra={
              <Link to="/profile">
                <Button type="primary">{t('calculator.completeProfile')}</Button>
              </Link>
            }
          />
        ) : (
          <LoadError text={errorText(calc.error, lang, t)} onRetry={() => void calc.refetch()} />
        )}
      </>
    );
  }
  return (
    <>
      {header}
      <CalculationResult result={calc.data} />
    </>
  );
}
