import { Alert, Card, Col, Empty, Flex, List, Row, Statistic, Typography } from 'antd';
import { CheckCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { WORKBENCH_OPERATIONS, type Me, type Workbench, type WorkbenchRole } from '@bole/contracts';
import { PageHeader } from '../../shared/ui/PageHeader';
import { LoadingBlock } from '../../shared/ui/LoadingBlock';
import { WorkingDaysTag } from '../../shared/ui/WorkingDaysTag';
import { enumLabel } from '../../shared/ui/enum-options';
import { pickText } from '../../shared/lib/bilingual';
import { formatDateTime } from '../../shared/lib/date-time';
import { errorText } from '../../shared/form/problem';
import { useWorkbench } from './api';
import { itemPath, QUEUE_PATHS } from './workbench-links';

const hasWorkbench = (role: string): role is WorkbenchRole => Object.hasOwn(WORKBENCH_OPERATIONS, role);

/** 工作台: what waits for the signed-in role — queue counts, the most urgent deadlines, what the role can do. */
export function HomePage({ me }: { me: Me }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        title={t('home.welcome', { name: me.displayName })}
        subtitle={
          <>
            <span data-testid="home-role">{t('home.roleLabel', { role: enumLabel(t, 'role', me.role) })}</span>
            {me.department ? <span>{`\u3000${t('home.departmentLabel', { department: enumLabel(t, 'department', me.department) })}`}</span> : null}
          </>
        }
      />
      {hasWorkbench(me.role) ? <WorkbenchView me={me} role={me.role} /> : null}
      <Capabilities role={me.role} />
    </>
  );
}

function WorkbenchView({ me, role }: { me: Me; role: WorkbenchRole }) {
  const { t, i18n } = useTranslation();
  const wb = useWorkbench(role);
  if (wb.isPending) return <LoadingBlock />;
  if (wb.isError) return <Alert type="error" showIcon message={errorText(wb.error, i18n.language, t)} style={{ marginBottom: 16 }} />;
  const data = wb.data;
  return (
    <Flex vertical gap={16} style={{ marginBottom: 16 }} data-testid="workbench">
      {data.audit ? <AuditState audit={data.audit} /> : null}
      {data.queues.length ? (
        <Row gutter={[16, 16]}>
          {data.queues.map((q) => (
            <Col key={q.queue} xs={12} md={8} xl={6}>
              <Link to={QUEUE_PATHS[q.queue]} data-testid={`queue-${q.queue}`} aria-label={`${enumLabel(t, 'workbenchQueue', q.queue)} ${q.count}`}>
                <Card size="small" hoverable>
                  <Statistic title={enumLabel(t, 'workbenchQueue', q.queue)} value={q.capped ? `${q.count}+` : q.count} />
                </Card>
              </Link>
            </Col>
          ))}
        </Row>
      ) : null}
      {data.queues.length ? <Urgent me={me} data={data} /> : null}
    </Flex>
  );
}

function Urgent({ me, data }: { me: Me; data: Workbench }) {
  const { t, i18n } = useTranslation();
  return (
    <Card size="small" title={t('home.urgent')}>
      {data.urgent.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.nothingWaiting')} />
      ) : (
        <List
          dataSource={data.urgent}
          data-testid="urgent-list"
          renderItem={(item) => (
            <List.Item key={`${item.queue}-${item.id}`} extra={<WorkingDaysTag left={item.workingDaysLeft} provisional={item.dueDateProvisional} />}>
              <List.Item.Meta
                title={<Link to={itemPath(me.role, item)}>{[item.talentName, pickText(item.subject, i18n.language)].filter(Boolean).join(' · ')}</Link>}
                description={
                  <span>
                    {enumLabel(t, 'workbenchQueue', item.queue)}
                    {item.dueDate ? `\u3000${t('home.dueOn', { date: item.dueDate })}` : null}
                  </span>
                }
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

function AuditState({ audit }: { audit: NonNullable<Workbench['audit']> }) {
  const { t } = useTranslation();
  const checkpoint = audit.lastCheckpointAt
    ? t('home.lastCheckpoint', { at: formatDateTime(audit.lastCheckpointAt), count: audit.entries })
    : t('home.noCheckpoint');
  return (
    <Alert
      type={audit.chainOk ? 'success' : 'error'}
      showIcon
      data-testid="audit-state"
      message={audit.chainOk ? t('home.chainOk') : t('home.chainBroken')}
      description={
        <span>
          {checkpoint}
          {'\u3000'}
          <Link to="/audit">{t('home.openAudit')}</Link>
        </span>
      }
    />
  );
}

function Capabilities({ role }: { role: Me['role'] }) {
  const { t } = useTranslation();
  const items = t(`home.capabilities.${role}`, { returnObjects: true }) as unknown;
  const list = Array.isArray(items) ? (items as string[]) : [];
  return (
    <Card title={t('home.canDo')} size="small" style={{ maxWidth: 760 }}>
      <Flex vertical gap={12} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {list.map((text) => (
          <li key={text}>
            <Typography.Text>
              <CheckCircleOutlined style={{ color: '#389e0d', marginRight: 8 }} />
              {text}
            </Typography.Text>
          </li>
        ))}
      </Flex>
    </Card>
  );
}
