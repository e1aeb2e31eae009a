import { Card, Descriptions, Flex } from 'antd';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TalentDetail } from '@bole/contracts';
import { errorText } from '../../shared/form/problem';
import { LoadError, LoadingBlock } from '../../shared/ui/LoadingBlock';
import { PageHeader } from '../../shared/ui/PageHeader';
import { domainLabel, enumLabel, fieldName } from '../../shared/ui/enum-options';
import { formatDateTime } from '../../shared/lib/date-time';
import { useTalentDetail } from './api';
import { FactsTable } from '../../shared/ui/FactsTable';
import { CasesCard, BenefitsCard, NotificationsCard, ReadsCard } from './TalentDetailSections';

/** 人才详情: the office's view of one talent, opened from a row of the talent list. Numbers masked; opening it is audited. */
export function TalentDetailPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const detail = useTalentDetail(id);
  const back = <Link to="/talents">{t('talentDetail.back')}</Link>;
  if (detail.isPending) return <LoadingBlock />;
  if (detail.isError)
    return (
      <>
        <PageHeader title={t('talentDetail.title')} extra={back} />
        <LoadError text={errorText(detail.error, i18n.language, t)} onRetry={() => void detail.refetch()} />
      </>
    );
  const d = detail.data;
  return (
    <>
      <PageHeader title={t('talentDetail.titleOf', { name: d.profile.name })} subtitle={t('talentDetail.subtitle')} extra={back} />
      <Flex vertical gap={16}>
        <ProfileCard d={d} />
        <FactsCard d={d} />
        <CasesCard d={d} />
        <BenefitsCard d={d} />
        <NotificationsCard d={d} />
        <ReadsCard d={d} />
      </Flex>
    </>
  );
}

function ProfileCard({ d }: { d: TalentDetail }) {
  const { t } = useTranslation();
  const p = d.profile;
  const mono = (v: string | null) => <span style={{ fontFamily: 'monospace' }}>{v ?? t('common.none')}</span>;
  return (
    <Card size="small" title={t('talentDetail.profile')} data-testid="talent-detail-profile">
      <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
        <Descriptions.Item label={fieldName('name')}>{p.name}</Descriptions.Item>
        <Descriptions.Item label={fieldName('idNumber')}>{mono(p.idNumber)}</Descriptions.Item>
        <Descriptions.Item label={fieldName('mobile')}>{mono(p.mobile)}</Descriptions.Item>
        <Descriptions.Item label={fieldName('gender')}>{enumLabel(t, 'gender', p.gender)}</Descriptions.Item>
        <Descriptions.Item label={fieldName('birthDate')}>{p.birthDate ?? t('common.none')}</Descriptions.Item>
        <Descriptions.Item label={fieldName('district')}>{enumLabel(t, 'district', p.district)}</Descriptions.Item>
        <Descriptions.Item label={fieldName('highestDegree')}>{enumLabel(t, 'degree', p.highestDegree)}</Descriptions.Item>
        <Descriptions.Item label={fieldName('tier')}>{enumLabel(t, 'tier', p.tier ?? 'none')}</Descriptions.Item>
        <Descriptions.Item label={fieldName('employerId')}>{p.employerName ?? t('common.none')}</Descriptions.Item>
        <Descriptions.Item label={domainLabel('payoutAccount', 'payoutAccount')}>
          {p.payoutAccount ? mono(`${p.payoutAccount.bank} ${p.payoutAccount.accountMask}`) : t('talentDetail.noPayoutAccount')}
        </Descriptions.Item>
        <Descriptions.Item label={t('talentDetail.complete')}>{t(p.complete ? 'common.yes' : 'common.no')}</Descriptions.Item>
        <Descriptions.Item label={t('talentList.columns.updatedAt')}>{formatDateTime(p.updatedAt)}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

function FactsCard({ d }: { d: TalentDetail }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('talentDetail.facts')}>
      <FactsTable facts={d.facts} employerName={d.profile.employerName} testId="talent-detail-facts" />
    </Card>
  );
}
