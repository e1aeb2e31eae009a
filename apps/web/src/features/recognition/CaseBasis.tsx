/**
 * What a case's decision rests on, for staff (as the application decision page shows it): the
 * talent's facts with their status, and the engine's classification trace at the request date —
 * the tiers tried in order, the last one the tier proposed, each with the facts it reads.
 */
import { Card, Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RecognitionDetail } from '@bole/contracts';
import { ConditionTrace } from '../../shared/ui/ConditionTrace';
import { FactsTable } from '../../shared/ui/FactsTable';

/** The facts and the trace of `r`; nothing when the server sent neither (not staff). */
export function CaseBasis({ r }: { r: RecognitionDetail }) {
  const { t } = useTranslation();
  if (!r.facts && !r.trace) return null;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xxl={14}>
        <Card title={t('recognition.factsTitle')} size="small" data-testid="rec-talent-facts">
          <FactsTable facts={r.facts ?? []} employerName={r.employerName} testId="rec-facts-table" />
        </Card>
      </Col>
      <Col xs={24} xxl={10}>
        <Card title={t('recognition.traceTitle')} size="small" data-testid="rec-trace">
          {r.trace?.length ? (
            <ConditionTrace conditions={r.trace} passText={t('recognition.traceMatched')} failText={t('recognition.traceNotMatched')} />
          ) : (
            <Typography.Text type="secondary">{t('recognition.traceNone')}</Typography.Text>
          )}
        </Card>
      </Col>
    </Row>
  );
}
