/**
 * The talent's form for a request or a bundle ("人才服务一件事"): each category's required fields,
 * consent to share with the handling department(s); a bundle is one form with a section per
 * category, filed once.
 */
import { useState } from 'react';
import { App, Button, Card, Checkbox, Form, Input, Segmented, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  SERVICE_BUNDLE_LABELS,
  SERVICE_BUNDLES,
  SERVICE_CATEGORIES,
  SERVICE_CATEGORY_LABELS,
  SERVICE_FORM_FIELD_LABELS,
  SERVICE_FORM_FIELDS,
  type ServiceCategory,
} from '@bole/contracts';
import { useEvidenceOnFile } from '../../shared/api/evidence';
import { useApiErrorHandler } from '../../shared/form/use-api-error';
import { pickText } from '../../shared/lib/bilingual';
import { enumLabel } from '../../shared/ui/enum-options';
import { useFileService } from './api';

type Values = {
  category?: ServiceCategory;
  forms: Partial<Record<ServiceCategory, Record<string, string>>>;
  evidenceIds?: string[];
  consent?: boolean;
};

/** Files already in the talent's file, chosen to go with the request (none uploaded here). */
function EvidenceChoice() {
  const { t } = useTranslation();
  const onFile = useEvidenceOnFile();
  return (
    <Form.Item name="evidenceIds" label={t('serviceDesk.evidencePick')} extra={t('serviceDesk.evidenceHelp')}>
      <Select
        mode="multiple"
        maxCount={20}
        loading={onFile.isLoading}
        notFoundContent={t('serviceDesk.evidenceNone')}
        optionFilterProp="label"
        options={(onFile.data?.items ?? []).map((e) => ({ value: e.id, label: `${e.fileName} · ${enumLabel(t, 'evidenceKind', e.kind)}` }))}
        data-testid="service-evidence"
      />
    </Form.Item>
  );
}

function CategoryFields({ category }: { category: ServiceCategory }) {
  const { t, i18n } = useTranslation();
  return SERVICE_FORM_FIELDS[category].map((f) => (
    <Form.Item
      key={f}
      name={['forms', category, f]}
      label={pickText(SERVICE_FORM_FIELD_LABELS[f], i18n.language)}
      rules={[{ required: true, whitespace: true, message: t('serviceDesk.required') }]}
    >
      <Input maxLength={500} />
    </Form.Item>
  ));
}

/** Files a request or the arrival bundle. */
export function ServiceFileForm() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const [mode, setMode] = useState<'single' | 'arrival'>('single');
  const [form] = Form.useForm<Values>();
  const category = Form.useWatch('category', form);
  const file = useFileService();
  const pending = file.request.isPending || file.bundle.isPending;

  const submit = (v: Values) => {
    const done = {
      onSuccess: () => (void message.success(t('serviceDesk.filed')), form.resetFields()),
      onError: (e: unknown) => onError(e, form, ['evidenceIds']),
    };
    const evidenceIds = v.evidenceIds ?? [];
    if (mode === 'single' && v.category) file.request.mutate({ category: v.category, form: v.forms[v.category] ?? {}, evidenceIds, consent: true }, done);
    else file.bundle.mutate({ bundle: 'arrival', forms: v.forms as Record<string, Record<string, string>>, evidenceIds, consent: true }, done);
  };

  return (
    <Card title={t('serviceDesk.fileTitle')} data-testid="service-file-form">
      <Segmented
        value={mode}
        onChange={(v) => setMode(v as 'single' | 'arrival')}
        options={[
          { value: 'single', label: t('serviceDesk.single') },
          { value: 'arrival', label: pickText(SERVICE_BUNDLE_LABELS.arrival, i18n.language) },
        ]}
        style={{ marginBottom: 16 }}
        data-testid="service-file-mode"
      />
      <Form form={form} layout="vertical" onFinish={submit} style={{ maxWidth: 640 }}>
        {mode === 'single' ? (
          <>
            <Form.Item name="category" label={t('serviceDesk.category')} rules={[{ required: true, message: t('serviceDesk.required') }]}>
              <Select options={SERVICE_CATEGORIES.map((c) => ({ value: c, label: pickText(SERVICE_CATEGORY_LABELS[c], i18n.language) }))} />
            </Form.Item>
            {category ? <CategoryFields category={category} /> : null}
          </>
        ) : (
          <>
            <Typography.Paragraph type="secondary">{t('serviceDesk.bundleHint')}</Typography.Paragraph>
            {SERVICE_BUNDLES.arrival.map((c) => (
              <fieldset key={c} style={{ border: 0, padding: 0, margin: 0 }}>
                <Typography.Title level={5} component="legend">
                  {pickText(SERVICE_CATEGORY_LABELS[c], i18n.language)}
                </Typography.Title>
                <CategoryFields category={c} />
              </fieldset>
            ))}
          </>
        )}
        <EvidenceChoice />
        <Form.Item
          name="consent"
          valuePropName="checked"
          rules={[{ validator: (_, v) => (v ? Promise.resolve() : Promise.reject(new Error(t('serviceDesk.consentRequired')))) }]}
        >
          <Checkbox>{t('serviceDesk.consent')}</Checkbox>
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={pending} data-testid="service-file-submit">
          {t('serviceDesk.file')}
        </Button>
      </Form>
    </Card>
  );
}
