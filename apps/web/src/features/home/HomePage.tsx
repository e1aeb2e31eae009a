import { Card, Flex, Typography } from 'antd';
import { CheckCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Me } from '@bole/contracts';
import { PageHeader } from '../../shared/ui/PageHeader';
import { enumLabel } from '../../shared/ui/enum-options';

/** 工作台: who you are and what this platform lets your role do. */
export function HomePage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const items = t(`home.capabilities.${me.role}`, { returnObjects: true }) as unknown;
  const list = Array.isArray(items) ? (items as string[]) : [];
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
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          {t('home.comingSoon')}
        </Typography.Paragraph>
      </Card>
    </>
  );
}
