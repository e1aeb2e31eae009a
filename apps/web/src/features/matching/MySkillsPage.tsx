import { App, Button, Card, Flex, Form, InputNumber, Select, Space, Switch, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { AVAILABILITIES, AVAILABILITY_LABELS, type SkillTaxonomy, type TalentSkills, SCORE_PART_LABELS } from '@bole/contracts';
import { errorText } from '../../shared/form/problem';
import { useApiErrorHandler } from '../../shared/form/use-api-error';
import { pickText } from '../../shared/lib/bilingual';
import { LoadError, LoadingBlock } from '../../shared/ui/LoadingBlock';
import { PageHeader } from '../../shared/ui/PageHeader';
import { SaveBar } from '../../shared/ui/SaveBar';
import { useMySkills, useSaveMySkills, useTaxonomy } from './api';
import { filterSkill, skillOptionGroups } from './skill-options';
import { labelText } from '../../shared/ui/enum-options';

const LEVELS = [1, 2, 3, 4, 5] as const;

/** 我的技能: the talent tags skills (level, years), says when they can start and whether employers may find them. */
export function MySkillsPage() {
  const { t, i18n } = useTranslation();
  const taxonomy = useTaxonomy();
  const mine = useMySkills();
  if (taxonomy.isPending || mine.isPending) return <LoadingBlock />;
  if (taxonomy.isError || mine.isError)
    return (
      <LoadError
        text={errorText(taxonomy.error ?? mine.error, i18n.language, t)}
        onRetry={() => {
          void taxonomy.refetch();
          void mine.refetch();
        }}
      />
    );
  return (
    <>
      <PageHeader title={t('matching.mySkillsTitle')} subtitle={t('matching.mySkillsSubtitle')} />
      <SkillsForm taxonomy={taxonomy.data} initial={mine.data} />
    </>
  );
}

function SkillsForm({ taxonomy, initial }: { taxonomy: SkillTaxonomy; initial: TalentSkills }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TalentSkills>();
  const save = useSaveMySkills();
  const onError = useApiErrorHandler();
  const groups = skillOptionGroups(taxonomy, i18n.language);
  const onFinish = (values: TalentSkills) =>
    save.mutate(
      { ...values, skills: values.skills ?? [] },
      {
        onSuccess: (saved) => {
          form.setFieldsValue(saved);
          void message.success({ content: t('common.saved'), className: 'saved-message' });
        },
        onError: (err) => onError(err, form, ['skills', 'discoverable', 'availability', 'experienceYears']),
      },
    );
  return (
    <Form<TalentSkills> form={form} layout="vertical" initialValues={initial} onFinish={onFinish} data-testid="my-skills-form">
      <Card title={t('matching.findMe')} style={{ marginBottom: 16 }}>
        <Form.Item name="discoverable" label={t('matching.discoverable')} valuePropName="checked" extra={t('matching.discoverableHelp')}>
          <Switch />
        </Form.Item>
        <Space wrap size="large">
          <Form.Item name="availability" label={labelText(SCORE_PART_LABELS.availability)}>
            <Select style={{ width: 200 }} options={AVAILABILITIES.map((a) => ({ value: a, label: pickText(AVAILABILITY_LABELS[a], i18n.language) }))} />
          </Form.Item>
          <Form.Item name="experienceYears" label={t('matching.experienceYears')}>
            <InputNumber min={0} max={60} />
          </Form.Item>
        </Space>
      </Card>
      <Card title={t('matching.skills')} style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary">{t('matching.skillsHelp')}</Typography.Paragraph>
        <Form.List name="skills">
          {(fields, { add, remove }) => (
            <Flex vertical align="flex-start">
              {fields.map((field, i) => (
                <Space key={field.key} align="baseline" wrap data-testid={`skill-row-${i}`}>
                  <Form.Item name={[field.name, 'code']} label={t('matching.skill')} rules={[{ required: true, message: t('matching.chooseSkill') }]}>
                    <Select style={{ width: 320 }} showSearch options={groups} filterOption={filterSkill} placeholder={t('matching.searchSkill')} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'level']} label={t('matching.level')} initialValue={3}>
                    <Select style={{ width: 140 }} options={LEVELS.map((l) => ({ value: l, label: t(`matching.levels.${l}`) }))} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'years']} label={t('matching.years')} initialValue={1}>
                    <InputNumber min={0} max={60} />
                  </Form.Item>
                  <Button icon={<DeleteOutlined />} aria-label={t('matching.removeSkill')} onClick={() => remove(field.name)} />
                </Space>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ level: 3, years: 1 })} disabled={fields.length >= 30}>
                {t('matching.addSkill')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Card>
      <SaveBar loading={save.isPending} />
    </Form>
  );
}
