/**
 * 人才公寓 for a talent: the rounds open for applications (apply with up to 5 unit types in order
 * of preference), my applications with the lottery number, my place and why I got what I got once
 * the result is published, and my offers (accept or refuse before the deadline).
 */
import { useState } from 'react';
import { App, Alert, Button, Card, Descriptions, Empty, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  HOUSING_CHOICE_OUTCOME_LABELS,
  HOUSING_LEASE_STATUS_LABELS,
  HOUSING_OFFER_STATUS_LABELS,
  MAX_HOUSING_CHOICES,
  type HousingApplication,
  type HousingOffer,
  type HousingRound,
  HOUSING_PROJECT_KIND_LABELS,
} from '@bole/contracts';
import { useApiErrorHandler } from '../../shared/form/use-api-error';
import { pickText } from '../../shared/lib/bilingual';
import { PageHeader } from '../../shared/ui/PageHeader';
import { LoadingBlock } from '../../shared/ui/LoadingBlock';
import { useHousingRounds, useMyHousing, useTalentHousingActions } from './api';
import { rentText, RoundCommitments, RoundCutoffs, RoundStatusTag, RoundUnitTypes, unitTypeName } from './RoundFacts';
import { labelText } from '../../shared/ui/enum-options';

/** The apply form of one open round: unit types picked in order of preference. */
function ApplyCard({ round }: { round: HousingRound }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const { apply } = useTalentHousingActions();
  const [choices, setChoices] = useState<string[]>([]);
  const submit = () =>
    apply.mutate(
      { code: round.code, body: { choices } },
      { onSuccess: (a) => void message.success(t('housing.applied', { number: a.number })), onError: (e) => onError(e) },
    );
  return (
    <Card title={round.title} extra={<RoundStatusTag round={round} />} style={{ marginBottom: 16 }} data-testid={`housing-round-${round.code}`}>
      <RoundUnitTypes round={round} />
      <Typography.Paragraph style={{ marginTop: 16 }}>{t('housing.chooseHelp', { max: MAX_HOUSING_CHOICES })}</Typography.Paragraph>
      <Space wrap>
        <Select
          mode="multiple"
          aria-label={t('housing.choices')}
          style={{ minWidth: 420 }}
          maxCount={MAX_HOUSING_CHOICES}
          value={choices}
          onChange={setChoices}
          placeholder={t('housing.choicesPlaceholder')}
          options={round.unitTypes.map((u) => ({ value: u.unitType, label: unitTypeName(round, u.unitType, i18n.language) }))}
          data-testid="housing-choices"
        />
        <Button type="primary" disabled={choices.length === 0} loading={apply.isPending} onClick={submit} data-testid="housing-apply">
          {t('housing.apply')}
        </Button>
      </Space>
      {choices.length ? (
        <ol data-testid="housing-choice-order">
          {choices.map((c) => (
            <li key={c}>{unitTypeName(round, c, i18n.language)}</li>
          ))}
        </ol>
      ) : null}
    </Card>
  );
}

/** One application: number, lottery number, place, and each choice's outcome. */
function ApplicationCard({ app, round }: { app: HousingApplication; round: HousingRound | null }) {
  const { t, i18n } = useTranslation();
  return (
    <Card
      size="small"
      title={t('housing.applicationTitle', { round: round?.title ?? app.roundCode, number: app.number })}
      style={{ marginBottom: 16 }}
      data-testid={`housing-application-${app.number}`}
    >
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('housing.applicationNumber')}>{app.number}</Descriptions.Item>
        <Descriptions.Item label={t('housing.yourChoices')}>
          {app.choices.map((c, i) => `${i + 1}. ${unitTypeName(round, c, i18n.language)}`).join('　')}
        </Descriptions.Item>
        <Descriptions.Item label={t('housing.lottery')}>
          {app.lottery ? (
            <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>
              {app.lottery}
            </Typography.Text>
          ) : (
            t('housing.lotteryNotYet')
          )}
        </Descriptions.Item>
        {app.position !== null ? (
          <Descriptions.Item label={t('housing.position')}>
            {t('housing.positionOf', { position: app.position, total: round?.eligibleCount ?? '—' })}
          </Descriptions.Item>
        ) : null}
        {app.position !== null ? (
          <Descriptions.Item label={t('housing.result')}>
            {app.unit ? (
              <Tag color="green">{t('housing.gotUnit', { unit: app.unit, type: unitTypeName(round, app.unitType!, i18n.language) })}</Tag>
            ) : (
              <Tag>{t('housing.gotNothing')}</Tag>
            )}
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      {app.lottery && round?.seed ? (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {t('housing.recomputeHelp')} <Typography.Text code>{`printf '%s' '${round.seed}|${app.roundCode}|${app.number}' | sha256sum`}</Typography.Text>
        </Typography.Paragraph>
      ) : null}
      {app.why ? (
        <Table
          size="small"
          rowKey="unitType"
          pagination={false}
          data-testid="housing-why"
          dataSource={app.why.map((w, i) => ({ ...w, rank: i + 1 }))}
          columns={[
            { title: t('housing.choiceRank'), dataIndex: 'rank', width: 70 },
            { title: t('housing.unitType'), render: (_: unknown, w) => unitTypeName(round, w.unitType, i18n.language) },
            {
              title: t('housing.why'),
              render: (_: unknown, w) =>
                w.outcome === 'full'
                  ? t('housing.whyFull', { cutoff: w.cutoffPosition, position: app.position })
                  : w.outcome === 'allocated'
                    ? `${pickText(HOUSING_CHOICE_OUTCOME_LABELS.allocated, i18n.language)}：${w.unit}`
                    : pickText(HOUSING_CHOICE_OUTCOME_LABELS[w.outcome], i18n.language),
            },
          ]}
        />
      ) : null}
      {app.waitlist.length ? (
        <Alert
          type="info"
          showIcon
          style={{ marginTop: 12 }}
          message={t('housing.waitlistPlaces', {
            places: app.waitlist.map((w) => t('housing.waitlistPlace', { type: unitTypeName(round, w.unitType, i18n.language), place: w.place })).join('；'),
          })}
        />
      ) : null}
    </Card>
  );
}

/** My offers: accept or refuse before the deadline; the lease once accepted. */
function OffersTable({ offers }: { offers: HousingOffer[] }) {
  const { t, i18n } = useTranslation();
  const { message, modal } = App.useApp();
  const onError = useApiErrorHandler();
  const { answer } = useTalentHousingActions();
  const act = (o: HousingOffer, action: 'accept' | 'refuse') =>
    modal.confirm({
      title: t(action === 'accept' ? 'housing.acceptTitle' : 'housing.refuseTitle', { unit: o.unitCode }),
      content: action === 'refuse' ? t('housing.refuseBody') : t('housing.acceptBody', { rent: rentText(o.rentFen, i18n.language) }),
      okText: t(action === 'accept' ? 'housing.accept' : 'housing.refuse'),
      cancelText: t('common.cancel'),
      onOk: () =>
        answer.mutateAsync({ id: o.id, action }).then(
          () => void message.success(action === 'accept' ? labelText(HOUSING_OFFER_STATUS_LABELS.accepted) : t('housing.refused')),
          (e: unknown) => onError(e),
        ),
    });
  return (
    <Table<HousingOffer>
      rowKey="id"
      pagination={false}
      dataSource={offers}
      data-testid="housing-offers"
      locale={{ emptyText: t('housing.noOffers') }}
      columns={[
        { title: t('housing.unit'), dataIndex: 'unitCode' },
        { title: t('housing.rent'), dataIndex: 'rentFen', render: (v: number) => rentText(v, i18n.language) },
        { title: t('housing.via'), dataIndex: 'via', render: (v: 'draw' | 'waitlist') => t(`housing.via_${v}`) },
        { title: t('housing.deadline'), dataIndex: 'deadline' },
        { title: t('housing.status'), render: (_: unknown, o) => pickText(HOUSING_OFFER_STATUS_LABELS[o.status], i18n.language) },
        {
          title: t('housing.lease'),
          render: (_: unknown, o) =>
            o.lease
              ? `${pickText(HOUSING_LEASE_STATUS_LABELS[o.lease.status], i18n.language)}${o.lease.endsOn ? ` · ${t('housing.leaseUntil', { date: o.lease.endsOn })}` : ''}`
              : t('common.none'),
        },
        {
          title: t('housing.actions'),
          render: (_: unknown, o) =>
            o.status === 'offered' ? (
              <Space>
                <Button type="primary" size="small" onClick={() => act(o, 'accept')} data-testid={`housing-accept-${o.unitCode}`}>
                  {t('housing.accept')}
                </Button>
                <Button size="small" danger onClick={() => act(o, 'refuse')} data-testid={`housing-refuse-${o.unitCode}`}>
                  {t('housing.refuse')}
                </Button>
              </Space>
            ) : null,
        },
      ]}
    />
  );
}

/** The talent's housing page. */
export function TalentHousingPage() {
  const { t } = useTranslation();
  const rounds = useHousingRounds();
  const { applications, offers } = useMyHousing();
  if (rounds.isPending || applications.isPending || offers.isPending) return <LoadingBlock />;
  const all = rounds.data?.items ?? [];
  const mine = applications.data?.items ?? [];
  const appliedIn = new Set(mine.map((a) => a.roundCode));
  const open = all.filter((r) => r.status === 'open' && !appliedIn.has(r.code));
  const roundOf = (code: string) => all.find((r) => r.code === code) ?? null;
  return (
    <>
      <PageHeader title={labelText(HOUSING_PROJECT_KIND_LABELS.talent_apartment)} subtitle={t('housing.talentSubtitle')} />
      <Typography.Title level={4}>{t('housing.myOffers')}</Typography.Title>
      <OffersTable offers={offers.data?.items ?? []} />
      <Typography.Title level={4} style={{ marginTop: 24 }}>
        {t('housing.myApplications')}
      </Typography.Title>
      {mine.length === 0 ? (
        <Empty description={t('housing.noApplications')} />
      ) : (
        mine.map((a) => <ApplicationCard key={a.id} app={a} round={roundOf(a.roundCode)} />)
      )}
      {mine
        .map((a) => roundOf(a.roundCode))
        .filter((r): r is HousingRound => r !== null && r.committedAt !== null)
        .map((r) => (
          <Card key={r.code} size="small" title={t('housing.roundPublished', { title: r.title })} style={{ marginBottom: 16 }}>
            <RoundCommitments round={r} />
            <RoundCutoffs round={r} />
          </Card>
        ))}
      <Typography.Title level={4} style={{ marginTop: 24 }}>
        {t('housing.openRounds')}
      </Typography.Title>
      {open.length === 0 ? <Empty description={t('housing.noOpenRounds')} /> : open.map((r) => <ApplyCard key={r.code} round={r} />)}
    </>
  );
}
