import { App, Button, Form, Input, InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  DEGREES,
  POSTING_ENGAGEMENTS,
  POSTING_ENGAGEMENT_LABELS,
  POSTING_URGENCIES,
  POSTING_URGENCY_LABELS,
  SKILL_LEVELS,
  TITLES,
  type PostingInput,
  type SkillTaxonomy,
  SCORE_PART_LABELS,
} from '@bole/contracts';
import { cityCodes } from '../../shared/api/city';
import { useApiErrorHandler } from '../../shared/form/use-api-error';
import { pickText } from '../../shared/lib/bilingual';
import { DateField } from '../../shared/ui/DateField';
import { demandFieldName, enumOptions, labelText } from '../../shared/ui/enum-options';
import { useCreatePosting } from './api';
import { filterSkill, skillOptionGroups } from './skill-options';

const FIELDS = [
  'title',
  'chain',
  'subField',
  'requiredSkills',
  'optionalSkills',
  'minDegree',
  'minTitle',
  'minSkillLevel',
  'minYears',
  'headcount',
  'salaryMin',
  'salaryMax',
  'district',
  'engagementMode',
  'urgency',
  'closesOn',
];

/** 发布岗位: an employer's new posting; the server's field errors land on the fields. */
export function PostingForm({ taxonomy, onCreated }: { taxonomy: SkillTaxonomy; onCreated: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<PostingInput>();
  const create = useCreatePosting();
  const onError = useApiErrorHandler();
  const chain = Form.useWatch('chain', form);
  const subFields = taxonomy.chains.find((c) => c.chain === chain)?.subFields ?? [];
  const skillGroups = chain ? skillOptionGroups({ ...taxonomy, chains: taxonomy.chains.filter((c) => c.chain === chain) }, i18n.language) : [];
  const required = (label: string) => [{ required: true, message: t('validation.required', { label }) }];
  const lang = i18n.language;
  const onFinish = (values: PostingInput) =>
    create.mutate(values, {
      onSuccess: (p) => {
        void message.success({ content: t('matching.posted'), className: 'saved-message' });
        form.resetFields();
        onCreated(p.id);
      },
      onError: (err) => onError(err, form, FIELDS),
    });
  return (
    <Form<PostingInput>
      form={form}
      layout="vertical"
      onFinish={onFinish}
      initialValues={{ headcount: 1, minYears: 0, urgency: 'normal', engagementMode: 'full_time', minTitle: 'none', minSkillLevel: 'none', optionalSkills: [] }}
      data-testid="posting-form"
    >
      <Form.Item name="title" label={demandFieldName('title')} rules={required(demandFieldName('title'))}>
        <Input maxLength={80} />
      </Form.Item>
      <Space wrap>
        <Form.Item name="chain" label={t('matching.f.chain')} rules={required(t('matching.f.chain'))}>
          <Select
            style={{ width: 200 }}
            options={enumOptions(t, 'chain', cityCodes('chain'))}
            onChange={() => form.setFieldsValue({ subField: undefined, requiredSkills: [], optionalSkills: [] })}
          />
        </Form.Item>
        <Form.Item name="subField" label={demandFieldName('subField')} rules={required(demandFieldName('subField'))}>
          <Select style={{ width: 220 }} options={subFields.map((f) => ({ value: f.code, label: pickText(f.name, lang) }))} />
        </Form.Item>
      </Space>
      <Form.Item
        name="requiredSkills"
        label={t('matching.f.requiredSkills')}
        rules={required(t('matching.f.requiredSkills'))}
        extra={t('matching.requiredHelp')}
      >
        <Select mode="multiple" showSearch options={skillGroups} filterOption={filterSkill} maxCount={10} />
      </Form.Item>
      <Form.Item name="optionalSkills" label={labelText(SCORE_PART_LABELS.optional)}>
        <Select mode="multiple" showSearch options={skillGroups} filterOption={filterSkill} maxCount={15} />
      </Form.Item>
      <Space wrap>
        <Form.Item name="minDegree" label={demandFieldName('minDegree')}>
          <Select style={{ width: 160 }} allowClear options={enumOptions(t, 'degree', DEGREES)} />
        </Form.Item>
        <Form.Item name="minTitle" label={t('matching.f.minTitle')}>
          <Select style={{ width: 160 }} options={enumOptions(t, 'title', TITLES)} />
        </Form.Item>
        <Form.Item name="minSkillLevel" label={t('matching.f.minSkillLevel')}>
          <Select style={{ width: 160 }} options={enumOptions(t, 'skillLevel', SKILL_LEVELS)} />
        </Form.Item>
        <Form.Item name="minYears" label={t('matching.f.minYears')}>
          <InputNumber min={0} max={40} />
        </Form.Item>
      </Space>
      <Space wrap>
        <Form.Item name="headcount" label={t('matching.f.headcount')} rules={required(t('matching.f.headcount'))}>
          <InputNumber />
        </Form.Item>
        <Form.Item name="salaryMin" label={demandFieldName('salaryMin')} rules={required(demandFieldName('salaryMin'))}>
          <InputNumber min={0} step={1000} />
        </Form.Item>
        <Form.Item name="salaryMax" label={demandFieldName('salaryMax')} rules={required(demandFieldName('salaryMax'))}>
          <InputNumber min={0} step={1000} />
        </Form.Item>
      </Space>
      <Space wrap>
        <Form.Item name="district" label={t('matching.f.district')} rules={required(t('matching.f.district'))}>
          <Select style={{ width: 160 }} options={enumOptions(t, 'district', cityCodes('district'))} />
        </Form.Item>
        <Form.Item name="engagementMode" label={t('matching.f.engagementMode')}>
          <Select style={{ width: 180 }} options={POSTING_ENGAGEMENTS.map((e) => ({ value: e, label: pickText(POSTING_ENGAGEMENT_LABELS[e], lang) }))} />
        </Form.Item>
        <Form.Item name="urgency" label={t('matching.f.urgency')}>
          <Select style={{ width: 120 }} options={POSTING_URGENCIES.map((u) => ({ value: u, label: pickText(POSTING_URGENCY_LABELS[u], lang) }))} />
        </Form.Item>
        <Form.Item name="closesOn" label={t('matching.f.closesOn')} rules={required(t('matching.f.closesOn'))}>
          <DateField aria-label={t('matching.f.closesOn')} />
        </Form.Item>
      </Space>
      <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="submit-posting">
        {t('matching.post')}
      </Button>
    </Form>
  );
}
