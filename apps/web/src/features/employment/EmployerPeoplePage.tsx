/** 人事与在职: the employer's approval, its HR users and the employments its people named. */
import { Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../shared/ui/PageHeader';
import { StandingCard } from './StandingCard';
import { HrUsersCard } from './HrUsersCard';
import { EmploymentsCard } from './EmploymentsCard';

/** The employer portal's people page. */
export function EmployerPeoplePage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('employment.people.title')} subtitle={t('employment.people.subtitle')} />
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <StandingCard />
        <EmploymentsCard />
        <HrUsersCard />
      </Space>
    </>
  );
}
