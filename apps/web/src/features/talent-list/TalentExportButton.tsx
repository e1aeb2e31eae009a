/** 导出 Excel of the talent list: starts an export of the filters shown, follows its progress, then offers the file. */
import { useState } from 'react';
import { Alert, Button, Progress, Space } from 'antd';
import { DownloadOutlined, FileExcelOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { TalentListQuery } from '@bole/contracts';
import { useApiErrorHandler } from '../../shared/form/use-api-error';
import { talentExportFileUrl, useStartTalentExport, useTalentExport } from './api';

/** The button and, once started, the export's progress, download link or failure. */
export function TalentExportButton({ query }: { query: TalentListQuery }) {
  const { t } = useTranslation();
  const onError = useApiErrorHandler();
  const start = useStartTalentExport();
  const [id, setId] = useState<string | null>(null);
  const job = useTalentExport(id);
  const state = job.data ?? start.data;
  const running = start.isPending || state?.status === 'running';

  const begin = () =>
    start.mutate(
      { q: query.q, district: query.district, chain: query.chain, degree: query.degree, tier: query.tier, sort: query.sort },
      { onSuccess: (started) => setId(started.id), onError: (e) => onError(e) },
    );
  const percent = state && state.total > 0 ? Math.min(100, Math.floor((state.processed / state.total) * 100)) : 0;

  return (
    <Space wrap align="center" data-testid="talent-export">
      <Button icon={<FileExcelOutlined />} onClick={begin} loading={running} data-testid="talent-export-start">
        {t('talentList.export.start')}
      </Button>
      {state?.status === 'running' ? (
        <Space>
          <Progress percent={percent} size="small" style={{ width: 160 }} aria-label={t('talentList.export.progress')} />
          <span data-testid="talent-export-progress">{t('talentList.export.running', { processed: state.processed, total: state.total })}</span>
        </Space>
      ) : null}
      {state?.status === 'done' ? (
        <Button
          type="link"
          icon={<DownloadOutlined />}
          href={talentExportFileUrl(state.id)}
          download={state.fileName ?? undefined}
          data-testid="talent-export-file"
        >
          {t('talentList.export.download', { total: state.total })}
        </Button>
      ) : null}
      {state?.status === 'failed' ? <Alert type="error" showIcon message={t('talentList.export.failed')} data-testid="talent-export-failed" /> : null}
      {job.isError ? <Alert type="error" showIcon message={t('talentList.export.lost')} /> : null}
    </Space>
  );
}
