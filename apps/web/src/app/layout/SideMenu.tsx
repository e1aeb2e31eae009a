import { Menu } from 'antd';
import {
  HomeOutlined,
  ScanOutlined,
  ApartmentOutlined,
  IdcardOutlined,
  BankOutlined,
  TeamOutlined,
  UserSwitchOutlined,
  CalculatorOutlined,
  FileTextOutlined,
  ExperimentOutlined,
  SafetyCertificateOutlined,
  QrcodeOutlined,
  SafetyOutlined,
  InteractionOutlined,
  SwapOutlined,
  AuditOutlined,
  CheckSquareOutlined,
  FormOutlined,
  ProfileOutlined,
  FileSearchOutlined,
  AlertOutlined,
  BarChartOutlined,
  GiftOutlined,
  ThunderboltOutlined,
  PayCircleOutlined,
  FundOutlined,
  CalendarOutlined,
  SolutionOutlined,
  CloudSyncOutlined,
  DiffOutlined,
  HistoryOutlined,
  DashboardOutlined,
  TagsOutlined,
  RiseOutlined,
  CustomerServiceOutlined,
  HomeFilled,
  ClockCircleOutlined,
  TrophyOutlined,
  StarOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import type { Me } from '@bole/contracts';
import { menuScreenOf, screensFor, type Screen } from '../access';
import { labelText } from '../../shared/ui/enum-options';

const ICONS: Record<Screen['navKey'], React.ReactNode> = {
  home: <HomeOutlined />,
  myProfile: <IdcardOutlined />,
  employerProfile: <BankOutlined />,
  employerRecognition: <SolutionOutlined />,
  talentList: <TeamOutlined />,
  idDisputes: <IdcardOutlined />,
  adminUsers: <UserSwitchOutlined />,
  calculator: <CalculatorOutlined />,
  policies: <FileTextOutlined />,
  whatIf: <ExperimentOutlined />,
  recognition: <SafetyCertificateOutlined />,
  talentCode: <QrcodeOutlined />,
  myConsents: <SafetyOutlined />,
  mutualRecognition: <InteractionOutlined />,
  mutualRecognitionOffice: <InteractionOutlined />,
  regionExchange: <SwapOutlined />,
  recognitionReview: <AuditOutlined />,
  recognitionOffice: <CheckSquareOutlined />,
  apply: <FormOutlined />,
  myApplications: <ProfileOutlined />,
  applicationReview: <FileSearchOutlined />,
  overdue: <AlertOutlined />,
  inReview: <ApartmentOutlined />,
  approvals: <DiffOutlined />,
  myBenefits: <GiftOutlined />,
  sweeps: <ThunderboltOutlined />,
  paymentBatches: <PayCircleOutlined />,
  departmentData: <CloudSyncOutlined />,
  budgets: <FundOutlined />,
  holidayCalendar: <CalendarOutlined />,
  auditLog: <HistoryOutlined />,
  cockpit: <DashboardOutlined />,
  mySkills: <TagsOutlined />,
  opportunities: <RiseOutlined />,
  postings: <SolutionOutlined />,
  skillTaxonomy: <ApartmentOutlined />,
  chainView: <BarChartOutlined />,
  shortageOffice: <StarOutlined />,
  housing: <HomeOutlined />,
  housingOffice: <ApartmentOutlined />,
  myServices: <CustomerServiceOutlined />,
  serviceQueue: <CustomerServiceOutlined />,
  youthStations: <HomeFilled />,
  youthOccupancy: <HomeFilled />,
  youthDesk: <ScanOutlined />,
  employerPeople: <TeamOutlined />,
  engagements: <ClockCircleOutlined />,
  myEmployment: <BankOutlined />,
  employerReviews: <AuditOutlined />,
  employerSurveys: <FormOutlined />,
  officeSurveys: <FormOutlined />,
  demandRecords: <ProfileOutlined />,
  programs: <TrophyOutlined />,
  nominations: <TrophyOutlined />,
  programsOffice: <TrophyOutlined />,
  expertReviews: <StarOutlined />,
  events: <CalendarOutlined />,
  myTickets: <QrcodeOutlined />,
  eventsOffice: <CalendarOutlined />,
  eventDoor: <ScanOutlined />,
};

/** The role's navigation: only screens the role may open. */
export function SideMenu({ me, onNavigate }: { me: Me; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const screens = screensFor(me.role);
  const selected = menuScreenOf(screens, pathname)?.path;
  return (
    <Menu
      mode="inline"
      selectedKeys={selected ? [selected] : []}
      style={{ borderInlineEnd: 'none' }}
      data-testid="side-nav"
      items={screens.map((s) => ({
        key: s.path,
        icon: ICONS[s.navKey],
        label: <span data-testid={`nav-${s.navKey}`}>{s.navLabel ? labelText(s.navLabel) : t(`nav.${s.navKey}`)}</span>,
      }))}
      onClick={({ key }) => {
        void navigate(key);
        onNavigate?.();
      }}
    />
  );
}
