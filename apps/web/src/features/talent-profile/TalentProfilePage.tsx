import { App, Col, Descriptions, Form, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TalentProfile, TalentProfileInput } from '@bole/contracts';
import { errorText } from '../../shared/form/problem';
import { useApiErrorHandler } from '../../shared/form/use-api-error';
import { FormSection } from '../../shared/ui/FormSection';
import { LoadError, LoadingBlock } from '../../shared/ui/LoadingBlock';
import { PageHeader } from '../../shared/ui/PageHeader';
import { SaveBar } from '../../shared/ui/SaveBar';
import { enumLabel, fieldName } from '../../shared/ui/enum-options';
import { useMyFacts, useSaveTalentProfile, useTalentProfile } from './api';
import { ProfileField } from './ProfileField';
import { emptyFormValues, toFormValues, toSaveBody, type TalentFormValues } from './profile-form';
import { PROFILE_SECTIONS, type FieldSpec } from './profile-sections';
import { formatDateTime } from '../../shared/lib/date-time';

const ALL_FIELDS = PROFILE_SECTIONS.flatMap((s) => s.fields.map((f) => f.name));

/** Grid spans: honours take a full row; switches sit two to a row even on a phone. */
function colSpan(kind: FieldSpec['kind']) {
  if (kind === 'multi') return { xs: 24 };
  if (kind === 'bool') return { xs: 12, sm: 12, xl: 8 };
  return { xs: 24, sm: 12, xl: 8 };
}

/**
 * 我的档案: the talent edits every field of their profile, section by section. The page title
 * shows at once; the tier and the form follow when the profile has loaded.
 */
export function TalentProfilePage() {
  const { t, i18n } = useTranslation();
  const query = useTalentProfile();
  const profile = query.data;
  let body;
  if (query.isPending) body = <LoadingBlock />;
  else if (query.isError) body = <LoadError text={errorText(query.error, i18n.language, t)} onRetry={() => void query.refetch()} />;
  else body = <ProfileForm key={profile?.id ?? 'new'} profile={profile ?? null} />;
  return (
    <>
      <PageHeader
        title={t('talent.profileTitle')}
        subtitle={t('talent.profileSubtitle')}
        extra={
          query.isSuccess ? (
            <Tag color={profile?.tier ? 'gold' : 'default'} style={{ fontSize: 14, padding: '4px 10px' }} data-testid="tier">
              {t('talent.tierLabel', { tier: profile?.tier ? enumLabel(t, 'tier', profile.tier) : t('talent.tierNone') })}
            </Tag>
          ) : null
        }
      />
      {body}
    </>
  );
}

function ProfileForm({ profile }: { profile: TalentProfile | null }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TalentFormValues>();
  const save = useSaveTalentProfile();
  const onError = useApiErrorHandler();
  const factsQuery = useMyFacts(profile !== null);
  const facts = factsQuery.data ? new Map(factsQuery.data.facts.map((f) => [f.field as string, f])) : undefined;
  const ctx = { maskedIdNumber: profile?.idNumber ?? null, employerName: profile?.employerName ?? null, facts };

  const onFinish = () => {
    // validateFields ran before onFinish: birthDate and highestDegree are filled in.
    const body = toSaveBody(form.getFieldsValue(true) as Partial<TalentFormValues>) as TalentProfileInput;
    save.mutate(body, {
      onSuccess: (saved) => {
        // Show what the server stored (it normalises, e.g. the ID number's x → X); no remount,
        // so nothing typed meanwhile is lost.
        form.setFieldsValue(toFormValues(saved));
        void message.success({ content: t('talent.saved'), className: 'saved-message' });
      },
      onError: (err) => onError(err, form, ALL_FIELDS),
    });
  };

  return (
    <Form<TalentFormValues>
      form={form}
      layout="vertical"
      initialValues={profile ? toFormValues(profile) : emptyFormValues('')}
      onFinish={onFinish}
      onFinishFailed={() => void message.error(t('talent.fixErrors'))}
      scrollToFirstError={{ block: 'center' }}
      data-testid="talent-profile-form"
    >
      {profile ? (
        <Descriptions size="small" column={{ xs: 1, sm: 2 }} style={{ marginBottom: 16 }}>
          <Descriptions.Item label={fieldName('mobile')}>
            <span data-testid="mobile-masked">{profile.mobile ?? t('common.none')}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('talent.updatedAt')}>{formatDateTime(profile.updatedAt)}</Descriptions.Item>
        </Descriptions>
      ) : null}
      {PROFILE_SECTIONS.map((section) => (
        <FormSection key={section.key} title={t(`talent.sections.${section.key}`)} testId={`section-${section.key}`}>
          {section.fields.map((spec) => (
            <Col key={spec.name} {...colSpan(spec.kind)}>
              <ProfileField spec={spec} ctx={ctx} />
            </Col>
          ))}
        </FormSection>
      ))}
      <SaveBar loading={save.isPending} />
    </Form>
  );
}
