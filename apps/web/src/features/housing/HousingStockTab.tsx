/**
 * The stock for the office: projects with unit counts per state, every unit (put under
 * maintenance or back), a project added by form, units imported from the Excel sheet (all rows
 * or none, each bad cell named).
 */
import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Select, Space, Table, Tag } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import {
  HOUSING_LAYOUT_LABELS,
  HOUSING_PROJECT_KIND_LABELS,
  HOUSING_PROJECT_KINDS,
  HOUSING_UNIT_STATE_LABELS,
  type HousingProjectInput,
  type HousingUnit,
} from '@bole/contracts';
import { ApiError } from '../../shared/api/client';
import { cityCodes } from '../../shared/api/city';
import { useApiErrorHandler } from '../../shared/form/use-api-error';
import { pickText } from '../../shared/lib/bilingual';
import { enumOptions } from '../../shared/ui/enum-options';
import { STOCK_TEMPLATE_URL, useHousingStock, useOfficeHousingActions } from './api';
import { rentText } from './RoundFacts';
import { FileButton } from '../../shared/ui/FileButton';

const STATE_COLOR = { available: 'green', reserved: 'gold', let: 'blue', maintenance: 'default' } as const;

/** The stock tab. */
export function HousingStockTab({ readOnly }: { readOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const stock = useHousingStock();
  const actions = useOfficeHousingActions();
  const [form] = Form.useForm<HousingProjectInput>();
  const [rowErrors, setRowErrors] = useState<{ field: string; message: string }[] | null>(null);

  const addProject = (v: HousingProjectInput) =>
    actions.addProject.mutate(v, {
      onSuccess: () => {
        void message.success(t('housing.projectAdded'));
        form.resetFields();
      },
      onError: (e) => onError(e, form, ['code', 'name', 'district', 'kind']),
    });
  const upload = (file: File) => {
    setRowErrors(null);
    actions.importUnits.mutate(file, {
      onSuccess: () => void message.success(t('housing.imported')),
      onError: (err) => (err instanceof ApiError && err.problem?.errors?.length ? setRowErrors(err.problem.errors) : onError(err)),
    });
  };

  return (
    <>
      {readOnly ? null : (
        <Card title={t('housing.addProject')} size="small" style={{ marginBottom: 16 }}>
          <Form form={form} layout="inline" onFinish={addProject} initialValues={{ kind: 'talent_apartment' }}>
            <Form.Item name="code" label={t('housing.projectCode')} rules={[{ required: true }]}>
              <Input style={{ width: 110 }} data-testid="housing-project-code" />
            </Form.Item>
            <Form.Item name="name" label={t('housing.projectName')} rules={[{ required: true }]}>
              <Input style={{ width: 180 }} data-testid="housing-project-name" />
            </Form.Item>
            <Form.Item name="district" label={t('housing.district')} rules={[{ required: true }]}>
              <Select style={{ width: 130 }} options={enumOptions(t, 'district', cityCodes('district'))} data-testid="housing-project-district" />
            </Form.Item>
            <Form.Item name="kind" label={t('housing.kind')}>
              <Select
                style={{ width: 130 }}
                options={HOUSING_PROJECT_KINDS.map((k) => ({ value: k, label: pickText(HOUSING_PROJECT_KIND_LABELS[k], lang) }))}
              />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={actions.addProject.isPending} data-testid="housing-project-add">
              {t('housing.add')}
            </Button>
          </Form>
        </Card>
      )}
      {readOnly ? null : (
        <Card title={t('housing.importUnits')} size="small" style={{ marginBottom: 16 }}>
          <Space wrap>
            <span>{t('housing.importHelp')}</span>
            <Button icon={<DownloadOutlined />} href={STOCK_TEMPLATE_URL}>
              {t('housing.template')}
            </Button>
            <FileButton accept=".xlsx" onFile={upload} type="primary" loading={actions.importUnits.isPending} testId="housing-import">
              {t('housing.upload')}
            </FileButton>
          </Space>
          {rowErrors ? (
            <Alert
              type="error"
              showIcon
              style={{ marginTop: 12 }}
              message={t('housing.importFailed')}
              description={
                <ul style={{ margin: 0 }}>
                  {rowErrors.map((e) => (
                    <li key={e.field}>{`${e.field}: ${e.message}`}</li>
                  ))}
                </ul>
              }
            />
          ) : null}
        </Card>
      )}
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        style={{ marginBottom: 16 }}
        loading={stock.isPending}
        dataSource={stock.data?.projects ?? []}
        data-testid="housing-projects"
        columns={[
          { title: t('housing.projectCode'), dataIndex: 'code' },
          { title: t('housing.projectName'), dataIndex: 'name' },
          { title: t('housing.district'), dataIndex: 'district' },
          {
            title: t('housing.kind'),
            dataIndex: 'kind',
            render: (k: keyof typeof HOUSING_PROJECT_KIND_LABELS) => pickText(HOUSING_PROJECT_KIND_LABELS[k], lang),
          },
          ...(['available', 'reserved', 'let', 'maintenance'] as const).map((s) => ({
            title: pickText(HOUSING_UNIT_STATE_LABELS[s], lang),
            align: 'right' as const,
            render: (_: unknown, p: { units: Record<string, number> }) => p.units[s] ?? 0,
          })),
        ]}
      />
      <Table<HousingUnit>
        size="small"
        rowKey="id"
        loading={stock.isPending}
        dataSource={stock.data?.units ?? []}
        pagination={{ pageSize: 20 }}
        data-testid="housing-units"
        columns={[
          { title: t('housing.unit'), dataIndex: 'code' },
          { title: t('housing.projectCode'), dataIndex: 'projectCode' },
          { title: t('housing.building'), dataIndex: 'building' },
          { title: t('housing.layout'), dataIndex: 'layout', render: (l: keyof typeof HOUSING_LAYOUT_LABELS) => pickText(HOUSING_LAYOUT_LABELS[l], lang) },
          { title: t('housing.area'), dataIndex: 'areaM2', align: 'right', render: (v: number) => `${v} ㎡` },
          { title: t('housing.rent'), dataIndex: 'rentFen', render: (v: number) => rentText(v, lang) },
          {
            title: t('housing.features'),
            render: (_: unknown, u) =>
              [u.accessible ? t('housing.accessible') : null, u.furnished ? t('housing.furnished') : null].filter(Boolean).join('、') || t('common.none'),
          },
          {
            title: t('housing.state'),
            dataIndex: 'state',
            render: (s: HousingUnit['state']) => <Tag color={STATE_COLOR[s]}>{pickText(HOUSING_UNIT_STATE_LABELS[s], lang)}</Tag>,
          },
          ...(readOnly
            ? []
            : [
                {
                  title: t('housing.actions'),
                  render: (_: unknown, u: HousingUnit) =>
                    u.state === 'available' || u.state === 'maintenance' ? (
                      <Button
                        size="small"
                        onClick={() =>
                          actions.setUnitState.mutate(
                            { id: u.id, state: u.state === 'available' ? 'maintenance' : 'available' },
                            { onError: (e) => onError(e) },
                          )
                        }
                      >
                        {u.state === 'available' ? t('housing.toMaintenance') : t('housing.toAvailable')}
                      </Button>
                    ) : null,
                },
              ]),
        ]}
      />
    </>
  );
}
