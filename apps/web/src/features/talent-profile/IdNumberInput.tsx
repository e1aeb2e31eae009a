import { useState } from 'react';
import { Button, Flex, Input, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/** Props: the value is the NEW ID number being typed; `masked` is the one on file. */
export interface IdNumberInputProps {
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  masked: string | null;
}

/**
 * Shows the masked ID number on file; "修改" opens an input for a new one. The full
 * number never comes back from the server, so editing always means typing it again.
 */
export function IdNumberInput({ id, value, onChange, masked }: IdNumberInputProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(!masked);

  if (!editing) {
    return (
      <Flex align="center" gap={8} wrap style={{ minHeight: 32 }}>
        <Typography.Text data-testid="id-number-masked" style={{ fontFamily: 'monospace' }}>
          {masked}
        </Typography.Text>
        <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="id-number-edit">
          {t('common.edit')}
        </Button>
      </Flex>
    );
  }
  return (
    <Flex vertical gap={4}>
      <Input
        id={id}
        value={value}
        autoFocus={Boolean(masked)}
        maxLength={18}
        autoComplete="off"
        inputMode="text"
        placeholder={t('talent.idNumberNew')}
        style={{ fontFamily: 'monospace' }}
        onChange={(e) => onChange?.(e.target.value.toUpperCase().replace(/\s/g, ''))}
      />
      {masked ? (
        <Flex align="center" gap={8}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('talent.idNumberMasked', { masked })}
          </Typography.Text>
          <Button
            type="link"
            size="small"
            onClick={() => {
              onChange?.('');
              setEditing(false);
            }}
          >
            {t('talent.idNumberKeep')}
          </Button>
        </Flex>
      ) : null}
    </Flex>
  );
}
