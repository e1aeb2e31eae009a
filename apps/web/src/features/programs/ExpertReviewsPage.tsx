/**
 * 我的评审 (expert): the applications assigned to me with their deadline, and the score form —
 * one number per criterion on its scale, refused past the deadline or outside the scale.
 */
import { useState } from 'react';
import { Alert, App, Button, Card, Form, InputNumber, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MyReview } from '@bole/contracts';
import { ApiError } from '../../shared/api/client';
import { useApiErrorHandler } from '../../shared/form/use-api-error';
import { pickText } from '../../shared/lib/bilingual';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useMyReviews, useSubmitScores } from './api';

function ScoreForm({ review, onDone }: { review: MyReview; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const [form] = Form.useForm<Record<string, number>>();
  const submit = useSubmitScores();
  return (
    <Card title={t('programs.scoreTitle', { title: review.title })} style={{ marginTop: 16 }} data-testid="score-form">
      <Form
        form={form}
        layout="inline"
        initialValues={Object.fromEntries(Object.entries(review.scores ?? {}).map(([id, v]) => [`scores.${id}`, v]))}
        onFinish={(values) =>
          submit.mutate(
            // Each item is named as the server names its field (`scores.<criterion>`), so a refusal lands on it.
            { applicationId: review.applicationId, scores: Object.fromEntries(Object.entries(values).map(([name, v]) => [name.slice('scores.'.length), v])) },
            {
              onSuccess: () => {
                void message.success(t('programs.scored'));
                onDone();
              },
              onError: (e) => {
                onError(e);
                // The server names each criterion at fault (`scores.<criterion>`): show its scale there.
                const wrong = e instanceof ApiError ? (e.problem?.errors ?? []).map((f) => f.field) : [];
                form.setFields(
                  review.criteria
                    .filter((c) => wrong.includes(`scores.${c.id}`))
                    .map((c) => ({ name: `scores.${c.id}`, errors: [t('programs.outsideScale', { min: c.min, max: c.max })] })),
                );
              },
            },
          )
        }
      >
        {review.criteria.map((c) => (
          <Form.Item
            key={c.id}
            name={`scores.${c.id}`}
            label={`${pickText(c.name, i18n.language)}（${c.min}–${c.max}）`}
            rules={[{ required: true, message: t('programs.scoreRequired') }]}
          >
            <InputNumber />
          </Form.Item>
        ))}
        <Button type="primary" htmlType="submit" loading={submit.isPending} data-testid="score-submit">
          {t('programs.submitScores')}
        </Button>
      </Form>
    </Card>
  );
}

/** The expert's assignments screen. */
export function ExpertReviewsPage() {
  const { t, i18n } = useTranslation();
  const q = useMyReviews();
  const [open, setOpen] = useState<MyReview | null>(null);
  if (q.error instanceof ApiError && q.error.status === 403) {
    return (
      <>
        <PageHeader title={t('programs.expertTitle')} />
        <Alert type="info" showIcon message={t('programs.notExpert')} />
      </>
    );
  }
  return (
    <>
      <PageHeader title={t('programs.expertTitle')} subtitle={t('programs.expertSubtitle')} />
      <Card>
        <Table<MyReview>
          rowKey="applicationId"
          data-testid="my-reviews"
          loading={q.isLoading}
          dataSource={q.data?.items ?? []}
          pagination={false}
          columns={[
            { title: t('programs.program'), render: (_, r) => pickText(r.programName, i18n.language) },
            { title: t('programs.application'), dataIndex: 'title' },
            { title: t('programs.fields'), render: (_, r) => r.fields.join('、') },
            { title: t('programs.dueOn'), dataIndex: 'dueOn' },
            {
              title: t('programs.status'),
              render: (_, r) => (r.submittedAt ? <Tag color="green">{t('programs.done')}</Tag> : <Tag>{t('programs.todo')}</Tag>),
            },
            {
              title: '',
              render: (_, r) => (
                <Button data-testid={`score-${r.title}`} onClick={() => setOpen(r)}>
                  {t('programs.score')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      {open ? <ScoreForm key={open.applicationId} review={open} onDone={() => setOpen(null)} /> : null}
    </>
  );
}
