import { Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProvisionalTag } from './ProvisionalTag';

/**
 * 还剩 N 个工作日 / 今天到期 / 已超时 N 个工作日: a deadline counted in working days of the city's
 * calendar (orange within two days, red once passed), with 暂定 when its year is provisional.
 */
export function WorkingDaysTag({ left, provisional }: { left: number | null; provisional?: boolean }) {
  const { t } = useTranslation();
  if (left === null) return null;
  const [color, text] =
    left < 0
      ? ['red', t('deadline.overdueBy', { count: -left })]
      : left === 0
        ? ['orange', t('deadline.dueToday')]
        : [left <= 2 ? 'orange' : 'green', t('deadline.daysLeft', { count: left })];
  return (
    <Flex gap={4} align="center">
      <Tag color={color} data-testid="due-tag">
        {text}
      </Tag>
      <ProvisionalTag provisional={provisional} />
    </Flex>
  );
}
