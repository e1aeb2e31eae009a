/**
 * Rounds for the office: open a round over the available units of chosen unit types, then per
 * round the next step — publish the commitments (the beacon round that will seed the draw), draw
 * with the beacon's value once public, publish the results — and the round's offers and leases.
 */
import { useState } from 'react';
import { App, Button, Card, Collapse, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Table, Typography, type ButtonProps } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  HOUSING_LEASE_STATUS_LABELS,
  HOUSING_OFFER_STATUS_LABELS,
  HOUSING_ROUND_STATUS_LABELS,
  type HousingOffer,
  type HousingRound,
  type HousingRoundInput,
  type HousingRoundStatus,
} from '@bole/contracts';
import { useApiErrorHandler } from '../../shared/form/use-api-error';
import { pickText } from '../../shared/lib/bilingual';
import { useHousingRounds, useHousingStock, useOfficeHousingActions, useRoundOffers } from './api';
import { RoundCommitments, RoundCutoffs, RoundStatusTag, RoundUnitTypes } from './RoundFacts';
import { labelText } from '../../shared/ui/enum-options';

type Step = 'commit' | 'draw';
/** The state a round is in once a step is done (the step's success message names it). */
const ROUND_STATUS_AFTER = { commit: 'committed', draw: 'drawn' } as const satisfies Record<Step, HousingRoundStatus>;

/** The offers of a round, with the lease steps the office records. */
function RoundOffers({ code, readOnly }: { code: string; readOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const onError = useApiErrorHandler();
  const offers = useRoundOffers(code);
  const { lease } = useOfficeHousingActions();
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  return (
    <Table<HousingOffer>
      size="small"
      rowKey="id"
      pagination={false}
      loading={offers.isPending}
      dataSource={offers.data?.items ?? []}
      data-testid={`housing-round-offers-${code}`}
      columns={[
        { title: t('housing.applicationNumber'), dataIndex: 'applicationNumber' },
        { title: t('housing.unit'), dataIndex: 'unitCode' },
        { title: t('housing.via'), dataIndex: 'via', render: (v: 'draw' | 'waitlist') => t(`housing.via_${v}`) },
        { title: t('housing.deadline'), dataIndex: 'deadline' },
        { title: t('housing.status'), render: (_: unknown, o) => pickText(HOUSING_OFFER_STATUS_LABELS[o.status], i18n.language) },
        {
          title: t('housing.lease'),
          render: (_: unknown, o) =>
            o.lease ? (
              <Space>
                {pickText(HOUSING_LEASE_STATUS_LABELS[o.lease.status], i18n.language)}
                {o.lease.endsOn ? t('housing.leaseUntil', { date: o.lease.endsOn }) : null}
                {!readOnly && o.lease.status === 'signed' ? (
                  <Button
                    size="small"
                    onClick={() => lease.mutate({ id: o.lease!.id, step: 'move-in', body: { moveIn: today } }, { onError: (e) => onError(e) })}
                  >
                    {t('housing.moveInToday')}
                  </Button>
                ) : null}
                {!readOnly && o.lease.status === 'active' ? (
                  <Button size="small" onClick={() => lease.mutate({ id: o.lease!.id, step: 'renew' }, { onError: (e) => onError(e) })}>
                    {t('housing.renew')}
                  </Button>
                ) : null}
              </Space>
            ) : (
              t('common.none')
            ),
        },
      ]}
    />
  );
}

/** The open-a-round form. */
function OpenRoundCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const stock = useHousingStock();
  const { openRound } = useOfficeHousingActions();
  const [form] = Form.useForm<HousingRoundInput>();
  const types = [...new Set((stock.data?.units ?? []).filter((u) => u.state === 'available').map((u) => u.unitType))].sort();
  const submit = (v: HousingRoundInput) =>
    openRound.mutate(v, {
      onSuccess: (r) => {
        void message.success(t('housing.roundOpened', { code: r.code }));
        form.resetFields();
      },
      onError: (e) => onError(e, form, ['code', 'title', 'policyId', 'unitTypes', 'offerWorkingDays', 'leaseMonths']),
    });
  return (
    <Card size="small" title={t('housing.openRound')} style={{ marginBottom: 16 }}>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ policyId: 'talent-apartment', offerWorkingDays: 5, leaseMonths: 36 }}>
        <Space wrap align="start">
          <Form.Item name="code" label={t('housing.roundCode')} rules={[{ required: true }]}>
            <Input style={{ width: 140 }} data-testid="housing-round-code" />
          </Form.Item>
          <Form.Item name="title" label={t('housing.roundTitle')} rules={[{ required: true }]}>
            <Input style={{ width: 260 }} data-testid="housing-round-title" />
          </Form.Item>
          <Form.Item name="policyId" label={t('housing.policy')} rules={[{ required: true }]}>
            <Input style={{ width: 170 }} />
          </Form.Item>
          <Form.Item name="offerWorkingDays" label={t('housing.offerWorkingDays')}>
            <InputNumber min={1} max={30} />
          </Form.Item>
          <Form.Item name="leaseMonths" label={t('housing.leaseMonths')}>
            <InputNumber min={1} max={120} />
          </Form.Item>
        </Space>
        <Form.Item name="unitTypes" label={t('housing.roundUnitTypes')} rules={[{ required: true }]}>
          <Select mode="multiple" options={types.map((u) => ({ value: u, label: u }))} data-testid="housing-round-types" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={openRound.isPending} data-testid="housing-round-open">
          {t('housing.openRoundSubmit')}
        </Button>
      </Form>
    </Card>
  );
}

/** The rounds tab. */
export function HousingRoundsTab({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const onError = useApiErrorHandler();
  const rounds = useHousingRounds();
  const { step } = useOfficeHousingActions();
  const [asking, setAsking] = useState<{ round: HousingRound; step: Step } | null>(null);
  const [form] = Form.useForm<{ beacon: string; beaconAt: Dayjs; beaconValue: string }>();

  const runStep = (v: { beacon: string; beaconAt: Dayjs; beaconValue: string }) => {
    if (!asking) return;
    const body = asking.step === 'commit' ? { beacon: v.beacon, beaconAt: v.beaconAt.toISOString() } : { beaconValue: v.beaconValue };
    step.mutate(
      { code: asking.round.code, step: asking.step, body },
      {
        onSuccess: () => {
          void message.success(labelText(HOUSING_ROUND_STATUS_LABELS[ROUND_STATUS_AFTER[asking.step]]));
          setAsking(null);
          form.resetFields();
        },
        onError: (e) => onError(e, form, ['beacon', 'beaconAt', 'beaconValue']),
      },
    );
  };
  const publish = (r: HousingRound) =>
    modal.confirm({
      title: t('housing.publishTitle', { title: r.title }),
      content: t('housing.publishBody', { days: r.offerWorkingDays }),
      okText: t('housing.publish'),
      cancelText: t('common.cancel'),
      onOk: () =>
        step.mutateAsync({ code: r.code, step: 'publish' }).then(
          () => void message.success(labelText(HOUSING_ROUND_STATUS_LABELS.published)),
          (e: unknown) => onError(e),
        ),
    });

  const next = (r: HousingRound) => {
    if (readOnly) return null;
    if (r.status === 'open')
      return (
        <Button type="primary" onClick={() => setAsking({ round: r, step: 'commit' })} data-testid={`housing-commit-${r.code}`}>
          {t('housing.commit')}
        </Button>
      );
    if (r.status === 'committed')
      return (
        <Button type="primary" onClick={() => setAsking({ round: r, step: 'draw' })} data-testid={`housing-draw-${r.code}`}>
          {t('housing.draw')}
        </Button>
      );
    if (r.status === 'drawn')
      return (
        <Button type="primary" onClick={() => publish(r)} data-testid={`housing-publish-${r.code}`}>
          {t('housing.publish')}
        </Button>
      );
    return null;
  };

  return (
    <>
      {readOnly ? null : <OpenRoundCard />}
      {(rounds.data?.items ?? []).map((r) => (
        <Card
          key={r.code}
          size="small"
          style={{ marginBottom: 16 }}
          data-testid={`housing-office-round-${r.code}`}
          title={
            <Space>
              {r.title}
              <Typography.Text type="secondary">{r.code}</Typography.Text>
              <RoundStatusTag round={r} />
            </Space>
          }
          extra={next(r)}
        >
          <Typography.Paragraph>{t('housing.applicants', { count: r.applicants })}</Typography.Paragraph>
          <Collapse
            key={r.status}
            size="small"
            defaultActiveKey={r.status === 'open' ? ['types'] : ['commitments', 'cutoffs']}
            items={[
              { key: 'types', label: t('housing.unitTypesOffered'), children: <RoundUnitTypes round={r} /> },
              { key: 'commitments', label: t('housing.commitments'), children: <RoundCommitments round={r} /> },
              ...(r.cutoffs ? [{ key: 'cutoffs', label: t('housing.cutoffs'), children: <RoundCutoffs round={r} /> }] : []),
              ...(r.status === 'published' ? [{ key: 'offers', label: t('housing.offers'), children: <RoundOffers code={r.code} readOnly={readOnly} /> }] : []),
            ]}
          />
        </Card>
      ))}
      <Modal
        open={asking !== null}
        title={asking ? t(`housing.${asking.step}Title`, { title: asking.round.title }) : ''}
        okText={asking ? t(`housing.${asking.step}`) : ''}
        cancelText={t('common.cancel')}
        confirmLoading={step.isPending}
        okButtonProps={{ 'data-testid': 'housing-step-ok' } as ButtonProps}
        onOk={() => form.submit()}
        onCancel={() => setAsking(null)}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{asking ? t(`housing.${asking.step}Help`, { beacon: asking.round.beacon ?? '' }) : null}</Typography.Paragraph>
        <Form form={form} layout="vertical" onFinish={runStep} preserve={false}>
          {asking?.step === 'commit' ? (
            <>
              <Form.Item name="beacon" label={t('housing.beacon')} rules={[{ required: true }]}>
                <Input placeholder="drand quicknet round 14123456" data-testid="housing-beacon" />
              </Form.Item>
              <Form.Item name="beaconAt" label={t('housing.beaconAt')} rules={[{ required: true }]}>
                <DatePicker showTime data-testid="housing-beacon-at" />
              </Form.Item>
            </>
          ) : (
            <Form.Item name="beaconValue" label={t('housing.beaconValue')} rules={[{ required: true }]}>
              <Input data-testid="housing-beacon-value" />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </>
  );
}
