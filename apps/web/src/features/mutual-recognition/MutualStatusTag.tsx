/** A mutual recognition's status as a coloured tag. */
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MutualStatus } from '@bole/contracts';
import { enumLabel } from '../../shared/ui/enum-options';

const COLOURS: Record<MutualStatus, string> = { public_notice: 'purple', granted: 'success', rejected: 'error', ended: 'default' };

/** The status tag. */
export function MutualStatusTag({ status }: { status: MutualStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLOURS[status]} data-testid="mutual-status">
      {enumLabel(t, 'mutualStatus', status)}
    </Tag>
  );
}
