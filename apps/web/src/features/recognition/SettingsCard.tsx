/** The office's settings: how many working days the public notice lasts, how many years a tier is valid. */
import { useEffect, useState } from 'react';
import { App, Button, Card, Flex, InputNumber, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RecognitionSettings } from '@bole/contracts';
import { errorText } from '../../shared/form/problem';
import { useRecognitionSettings } from './api';

/** Settings card (read-only for the auditor). */
export function SettingsCard({ readOnly }: { readOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { query, save } = useRecognitionSettings();
  const [v, setV] = useState<RecognitionSettings | null>(null);
  useEffect(() => {
    if (query.data) setV(query.data);
  }, [query.data]);
  if (!v) return null;
  return (
    <Card size="small" style={{ marginBottom: 16 }} data-testid="rec-settings">
      <Flex gap={16} wrap align="center">
        <Typography.Text strong>{t('recognition.settings')}</Typography.Text>
        <label>
          {t('recognition.noticeDays')}{' '}
          <InputNumber
            size="small"
            min={1}
            max={30}
            value={v.noticeWorkingDays}
            disabled={readOnly}
            onChange={(n) => setV({ ...v, noticeWorkingDays: n ?? 5 })}
            data-testid="notice-days"
          />
        </label>
        <label>
          {t('recognition.validityYears')}{' '}
          <InputNumber
            size="small"
            min={1}
            max={10}
            value={v.validityYears}
            disabled={readOnly}
            onChange={(n) => setV({ ...v, validityYears: n ?? 3 })}
            data-testid="validity-years"
          />
        </label>
        {readOnly ? null : (
          <Button
            size="small"
            loading={save.isPending}
            onClick={() =>
              save
                .mutateAsync(v)
                .then(() => message.success(t('common.saved')))
                .catch((e: unknown) => message.error(errorText(e, i18n.language, t)))
            }
            data-testid="settings-save"
          >
            {t('common.save')}
          </Button>
        )}
      </Flex>
    </Card>
  );
}
