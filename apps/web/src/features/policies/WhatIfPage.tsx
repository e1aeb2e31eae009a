import { useState } from 'react';
import { Alert, Button, Card, Form, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../shared/form/problem';
import { DateField } from '../../shared/ui/DateField';
import { PageHeader } from '../../shared/ui/PageHeader';
import { fieldName } from '../../shared/ui/enum-options';
import { usePolicyParameters, useSimulation } from './api';
import { ReformChangeRow } from './ReformChangeRow';
import { SimulationResultView } from './SimulationResultView';
import { useReformDrafts } from './use-reform-drafts';

/** 政策模拟 (what-if): change parameters, see winners, losers and cost by district and chain. */
export function WhatIfPage() {
  const { t, i18n } = useTranslation();
  const [at, setAt] = useState<string | null>(null);
  const params = usePolicyParameters(at);
  const sim = useSimulation();
  const reform = useReformDrafts(params.data?.items);
  const run = () => sim.mutate({ ...(at ? { at } : {}), changes: reform.complete });

  return (
    <>
      <PageHeader
        title={t('whatIf.title')}
        subtitle={t('whatIf.subtitle')}
        extra={
          <Space>
            <Typography.Text type="secondary">{fieldName('at')}</Typography.Text>
            <div style={{ width: 150 }}>
              <DateField value={at ?? params.data?.at ?? null} onChange={setAt} aria-label={fieldName('at')} />
            </div>
          </Space>
        }
      />
      <Card size="small" title={t('whatIf.changes')}>
        <Form layout="vertical" component="div">
          {reform.drafts.map((d, i) => (
            <ReformChangeRow
              key={i}
              index={i}
              draft={d}
              policies={reform.policies}
              parameters={reform.parametersOf(d.policy)}
              parameter={reform.parameterOf(d)}
              canRemove={reform.drafts.length > 1}
              onChange={(patch) => reform.update(i, patch)}
              onRemove={() => reform.remove(i)}
            />
          ))}
          <Space>
            <Button icon={<PlusOutlined />} onClick={reform.add}>
              {t('whatIf.addChange')}
            </Button>
            <Button type="primary" onClick={run} disabled={reform.complete.length === 0} loading={sim.isPending} data-testid="run-simulation">
              {t('whatIf.run')}
            </Button>
          </Space>
        </Form>
      </Card>
      {sim.isError ? <Alert style={{ marginTop: 16 }} type="error" showIcon message={errorText(sim.error, i18n.language, t)} /> : null}
      {sim.data ? <SimulationResultView result={sim.data} /> : null}
    </>
  );
}
