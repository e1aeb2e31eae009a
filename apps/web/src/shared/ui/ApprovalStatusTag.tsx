/** A second-approval request's status as a coloured tag (待第二人复核, 复核通过 …), the same on every screen. */
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SecondApproval } from '@bole/contracts';
import { enumLabel } from './enum-options';

const COLORS: Record<SecondApproval['status'], string> = {
  pending: 'gold',
  approved: 'green',
  rejected: 'red',
  withdrawn: 'default',
  superseded: 'default',
};

/** The tag of `status`. */
export function ApprovalStatusTag({ status }: { status: SecondApproval['status'] }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{enumLabel(t, 'secondApprovalStatus', status)}</Tag>;
}
