/**
 * 政策计算器 (public, no sign-in): a short profile — birth, degree, employer, arrival, social
 * insurance — and what it would get today. Nothing is stored; the result shows as it does for
 * a signed-in talent.
 */
import { Alert, Button, Card, Col, Form, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DEGREES, EMPLOYER_KINDS } from '@bole/contracts';
import { cityCodes } from '../../shared/api/city';
import { errorText } from '../../shared/form/problem';
import { DateField } from '../../shared/ui/DateField';
import { enumOptions, fieldName } from '../../shared/ui/enum-options';
import { CalculationResult } from './CalculatorPage';
import { useAnonymousCalculation } from './api';
import { PublicShell } from '../../shared/ui/PublicShell';

/** The form's fields: the profile's own names (`employer.kind` nested), each with its select vocabulary when closed. */
const SELECTS = [
  ['highestDegree', 'degree', DEGREES],
  ['employer.kind', 'employerKind', EMPLOYER_KINDS],
  ['employer.chain', 'chain', null],
  ['employer.district', 'district', null],
] as const;
const DATES = ['birthDate', 'arrivalDate'] as const;

/** The anonymous calculator. */
export function PublicCalculatorPage() {
  const { t, i18n } = useTranslation();
  const calc = useAnonymousCalculation();
  const required = [{ required: true, message: t('publicPolicies.required') }];
  const submit = (values: Record<string, unknown>) => calc.mutate({ ...values, id: 'visitor', employerId: 'visitor-employer' });
  return (
    <PublicShell
      title={t('publicPolicies.calculatorTitle')}
      subtitle={t('publicPolicies.calculatorSubtitle')}
      links={<Link to="/library">{t('publicPolicies.libraryLink')}</Link>}
    >
      <Card style={{ marginBottom: 16 }}>
        <Form layout="vertical" onFinish={submit} data-testid="public-calculator-form">
          <Row gutter={16}>
            {DATES.map((name) => (
              <Col key={name} xs={24} md={8}>
                <Form.Item name={name} label={fieldName(name)} rules={required}>
                  <DateField noFuture />
                </Form.Item>
              </Col>
            ))}
            <Col xs={24} md={8}>
              <Form.Item name="socialInsuranceMonths" label={fieldName('socialInsuranceMonths')} rules={required}>
                <InputNumber min={0} max={600} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            {SELECTS.map(([name, group, values]) => (
              <Col key={name} xs={24} md={12} xl={6}>
                <Form.Item name={name.split('.')} label={fieldName(name)} rules={required}>
                  <Select options={enumOptions(t, group, values ?? cityCodes(group))} />
                </Form.Item>
              </Col>
            ))}
          </Row>
          <Button type="primary" htmlType="submit" loading={calc.isPending}>
            {t('publicPolicies.calculate')}
          </Button>
        </Form>
      </Card>
      <Alert type="info" showIcon message={t('publicPolicies.nothingStored')} style={{ marginBottom: 16 }} />
      {calc.isError ? <Alert type="error" showIcon message={errorText(calc.error, i18n.language, t)} style={{ marginBottom: 16 }} /> : null}
      {calc.data ? <CalculationResult result={calc.data} /> : null}
    </PublicShell>
  );
}
