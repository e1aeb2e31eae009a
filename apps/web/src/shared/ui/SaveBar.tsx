import type { ReactNode } from 'react';
import { Button, Flex, Typography } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import './save-bar.css';

/** A bar stuck to the bottom of the viewport with the form's save button. */
export function SaveBar({ loading, note }: { loading: boolean; note?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Flex justify="space-between" align="center" gap={12} className="save-bar">
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {note}
      </Typography.Text>
      <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={loading} data-testid="save" size="large">
        {loading ? t('common.saving') : t('common.save')}
      </Button>
    </Flex>
  );
}
