/** 公示 (public, no sign-in): recognitions in their notice period, and the objection form. */
import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Modal, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PublicNoticeEntry } from '@bole/contracts';
import { LanguageSwitch } from '../../shared/ui/LanguageSwitch';
import { PageTitle } from '../../shared/ui/PageTitle';
import { errorText } from '../../shared/form/problem';
import { LoadError } from '../../shared/ui/LoadingBlock';
import { useFileObjection, usePublicNotices } from './api';
import { enumLabel, fieldName } from '../../shared/ui/enum-options';

function ObjectionModal({ entry, onClose }: { entry: PublicNoticeEntry; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<{ name: string; contact: string; reason: string }>();
  const file = useFileObjection();
  return (
    <Modal open title={t('notice.formTitle', { name: entry.maskedName })} onCancel={onClose} footer={null} destroyOnHidden>
      {file.isSuccess ? (
        <Alert type="success" showIcon message={t('notice.sent')} data-testid="objection-sent" />
      ) : (
        <Form form={form} layout="vertical" onFinish={(v) => file.mutate({ id: entry.id, body: v })}>
          <Form.Item name="name" label={t('notice.yourName')} rules={[{ required: true, max: 50 }]}>
            <Input data-testid="objection-name" />
          </Form.Item>
          <Form.Item name="contact" label={t('notice.contact')} rules={[{ required: true, min: 5, max: 100 }]}>
            <Input data-testid="objection-contact" />
          </Form.Item>
          <Form.Item name="reason" label={t('notice.reason')} rules={[{ required: true, min: 10, max: 2000 }]}>
            <Input.TextArea rows={4} data-testid="objection-reason" />
          </Form.Item>
          {file.isError ? <Alert type="error" showIcon style={{ marginBottom: 12 }} message={errorText(file.error, i18n.language, t)} /> : null}
          <Button type="primary" htmlType="submit" loading={file.isPending} data-testid="objection-send">
            {t('notice.send')}
          </Button>
        </Form>
      )}
    </Modal>
  );
}

/** The public notice page. */
export function PublicNoticePage() {
  const { t, i18n } = useTranslation();
  const q = usePublicNotices();
  const [objecting, setObjecting] = useState<PublicNoticeEntry | null>(null);
  return (
    <main style={{ maxWidth: 1000, margin: '0 auto', padding: '24px 16px' }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginBottom: 16, gap: 12, flexWrap: 'wrap' }}>
        <Link to="/" style={{ fontWeight: 600 }}>
          {t('app.fullName')}
        </Link>
        <LanguageSwitch size="small" />
      </div>
      <Card>
        <PageTitle style={{ marginBottom: 8 }}>{t('notice.title')}</PageTitle>
        <Typography.Paragraph type="secondary">{t('notice.subtitle')}</Typography.Paragraph>
        {q.isError ? (
          <LoadError text={errorText(q.error, i18n.language, t)} onRetry={() => void q.refetch()} />
        ) : (
          <Table<PublicNoticeEntry>
            data-testid="public-notices"
            rowKey="id"
            loading={q.isPending}
            dataSource={q.data?.items ?? []}
            pagination={false}
            scroll={{ x: 640 }}
            locale={{ emptyText: t('notice.empty') }}
            columns={[
              { title: fieldName('name'), dataIndex: 'maskedName' },
              { title: fieldName('employerId'), dataIndex: 'employerName', render: (v: string | null) => v ?? '—' },
              { title: t('notice.tier'), dataIndex: 'tier', render: (v: PublicNoticeEntry['tier']) => enumLabel(t, 'tierName', v) },
              { title: t('notice.ends'), dataIndex: 'noticeEndsOn' },
              {
                title: '',
                key: 'o',
                render: (_: unknown, e) => (
                  <Button size="small" onClick={() => setObjecting(e)} data-testid={`object-${e.id}`}>
                    {t('notice.object')}
                  </Button>
                ),
              },
            ]}
          />
        )}
      </Card>
      {objecting ? <ObjectionModal entry={objecting} onClose={() => setObjecting(null)} /> : null}
    </main>
  );
}
