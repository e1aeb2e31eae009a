/**
 * 数据共享 — a department's facts by file: pick the department, download its template, upload the
 * filled file (Excel or CSV), see the rows at fault in a table or what the import did, and the
 * history of imports with their counts. A reviewer works for their own department; auditors read.
 */
import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Select, Space, Table, Tag } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fieldLabel, type FactImport } from '@bole/contracts';
import { ApiError } from '../../shared/api/client';
import { cityFactSuppliers, cityLabel } from '../../shared/api/city';
import { queryKeys } from '../../shared/api/query-keys';
import { useApiErrorHandler } from '../../shared/form/use-api-error';
import { pickText } from '../../shared/lib/bilingual';
import { PageHeader } from '../../shared/ui/PageHeader';
import { importFactFile, rowErrorPlace, templateUrl, useFactImports } from './api';
import { formatDateTime } from '../../shared/lib/date-time';
import { FileButton } from '../../shared/ui/FileButton';

interface RowError {
  field: string;
  message: string;
}

/** The screen; `department` is a reviewer's own (the only one they deliver for). */
export function DepartmentDataPage({ department, readOnly }: { department: string | null; readOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const qc = useQueryClient();
  const onError = useApiErrorHandler();
  const suppliers = cityFactSuppliers().filter((s) => department === null || s.department === department);
  const [chosen, setChosen] = useState<string | undefined>(suppliers[0]?.department);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<FactImport | null>(null);
  const [rowErrors, setRowErrors] = useState<RowError[] | null>(null);
  const [page, setPage] = useState(1);
  const imports = useFactImports(page, 10);
  const deptName = (code: string) => pickText(cityLabel('department', code), lang) || code;
  const supplier = suppliers.find((s) => s.department === chosen);

  const upload = async (file: File) => {
    if (!chosen) return;
    setBusy(true);
    setResult(null);
    setRowErrors(null);
    try {
      setResult(await importFactFile(chosen, file));
      await qc.invalidateQueries({ queryKey: queryKeys.factImports.all });
    } catch (err) {
      if (err instanceof ApiError && err.problem?.errors?.length) setRowErrors(err.problem.errors);
      else onError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeader title={t('departmentData.title')} subtitle={t('departmentData.subtitle')} />
      {readOnly ? null : (
        <Card title={t('departmentData.importTitle')} style={{ marginBottom: 16 }}>
          {suppliers.length === 0 ? (
            <Alert type="info" showIcon title={t('departmentData.noSupplier')} />
          ) : (
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Space wrap>
                <label htmlFor="fact-department">{t('departmentData.department')}</label>
                <Select
                  id="fact-department"
                  style={{ width: 260 }}
                  value={chosen}
                  onChange={setChosen}
                  options={suppliers.map((s) => ({ value: s.department, label: deptName(s.department) }))}
                  data-testid="fact-department"
                />
                <Button icon={<DownloadOutlined />} href={chosen ? templateUrl(chosen) : undefined} data-testid="fact-template">
                  {t('departmentData.template')}
                </Button>
                <FileButton accept=".xlsx,.csv" onFile={(file) => void upload(file)} type="primary" loading={busy} testId="fact-upload">
                  {busy ? t('departmentData.importing') : t('departmentData.upload')}
                </FileButton>
              </Space>
              {supplier ? (
                <span data-testid="fact-fields">
                  {t('departmentData.fields', { fields: supplier.fields.map((f) => pickText(fieldLabel(f), lang)).join(lang.startsWith('en') ? ', ' : '、') })}
                </span>
              ) : null}
              <span>{t('departmentData.help')}</span>
            </Space>
          )}
          {rowErrors ? (
            <Alert
              type="error"
              showIcon
              closable
              onClose={() => setRowErrors(null)}
              style={{ marginTop: 16 }}
              title={t('departmentData.failed', { count: rowErrors.length })}
              description={
                <Table<RowError>
                  size="small"
                  rowKey={(e) => `${e.field}${e.message}`}
                  pagination={rowErrors.length > 20 ? { pageSize: 20 } : false}
                  dataSource={rowErrors}
                  data-testid="fact-import-errors"
                  columns={[
                    { title: t('departmentData.row'), width: 90, render: (_, e) => rowErrorPlace(e.field).row ?? '—' },
                    {
                      title: t('departmentData.column'),
                      width: 240,
                      render: (_, e) => {
                        const column = rowErrorPlace(e.field).column;
                        return column ? `${pickText(fieldLabel(column), lang)} (${column})` : '—';
                      },
                    },
                    { title: t('departmentData.problem'), dataIndex: 'message' },
                  ]}
                />
              }
            />
          ) : null}
          {result ? (
            <Alert
              type="success"
              showIcon
              closable
              onClose={() => setResult(null)}
              style={{ marginTop: 16 }}
              title={t('departmentData.imported', { department: pickText(result.departmentName, lang) })}
              description={
                <Descriptions size="small" column={4} data-testid="fact-import-result">
                  <Descriptions.Item label={t('departmentData.rows')}>{result.rows}</Descriptions.Item>
                  <Descriptions.Item label={t('departmentData.changed')}>{result.changed}</Descriptions.Item>
                  <Descriptions.Item label={t('departmentData.unchanged')}>{result.unchanged}</Descriptions.Item>
                  <Descriptions.Item label={t('departmentData.contradicted')}>{result.contradicted}</Descriptions.Item>
                </Descriptions>
              }
            />
          ) : null}
        </Card>
      )}
      <Card title={t('departmentData.history')}>
        <Table<FactImport>
          rowKey="id"
          loading={imports.isLoading}
          dataSource={imports.data?.items ?? []}
          data-testid="fact-imports"
          pagination={{ current: page, pageSize: 10, total: imports.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
          columns={[
            {
              title: t('departmentData.when'),
              dataIndex: 'createdAt',
              render: (v: string) => formatDateTime(v),
            },
            { title: t('departmentData.department'), dataIndex: 'departmentName', render: (v: FactImport['departmentName']) => pickText(v, lang) },
            {
              title: t('departmentData.source'),
              render: (_, r) => (r.source === 'api' ? <Tag color="blue">{t('departmentData.viaApi')}</Tag> : (r.fileName ?? t('departmentData.viaFile'))),
            },
            { title: t('departmentData.by'), dataIndex: 'actorName', render: (v: string | null) => v ?? '—' },
            { title: t('departmentData.rows'), dataIndex: 'rows', align: 'right' },
            { title: t('departmentData.changed'), dataIndex: 'changed', align: 'right' },
            { title: t('departmentData.unchanged'), dataIndex: 'unchanged', align: 'right' },
            {
              title: t('departmentData.contradicted'),
              dataIndex: 'contradicted',
              align: 'right',
              render: (v: number) => (v > 0 ? <Tag color="warning">{v}</Tag> : v),
            },
          ]}
        />
      </Card>
    </>
  );
}
