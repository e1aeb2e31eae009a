/**
 * 驿站前台: the station's staff check guests in by their talent code — a scanner types it and
 * presses Enter, or staff paste or type it — check them out, and mark a booking nobody came for
 * as a no-show (its bed is free again at once). Tonight's list shows who is expected and who is in.
 */
import { useState } from 'react';
import { App, Button, Card, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { STAY_STATUS_LABELS, type YouthStay } from '@bole/contracts';
import { useApiErrorHandler } from '../../shared/form/use-api-error';
import { pickText } from '../../shared/lib/bilingual';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useDeskActions, useStations, useTonight } from './api';

/** The check-in form: one field that a scanner fills and submits with Enter. */
function CheckInForm({ stationId }: { stationId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const { checkIn } = useDeskActions();
  const [form] = Form.useForm<{ code: string }>();
  const submit = ({ code }: { code: string }) =>
    checkIn.mutate(
      { stationId, code: code.trim() },
      {
        onSuccess: (s) => {
          form.resetFields();
          void message.success(t('youthStation.checkedIn', { name: s.talentName ?? '', room: s.room, bed: s.bed }));
        },
        onError: (e) => onError(e, form, ['code']),
      },
    );
  return (
    <Form form={form} layout="vertical" onFinish={submit} style={{ maxWidth: 640 }}>
      <Form.Item
        name="code"
        label={t('youthStation.code')}
        extra={t('youthStation.codeHelp')}
        rules={[{ required: true, whitespace: true, message: t('youthStation.required') }]}
      >
        <Input autoFocus allowClear autoComplete="off" spellCheck={false} data-testid="desk-code" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={checkIn.isPending} data-testid="desk-check-in">
        {t('youthStation.checkIn')}
      </Button>
    </Form>
  );
}

/** Tonight's list with the check-out and no-show buttons. */
function TonightTable({ stationId }: { stationId: string }) {
  const { t, i18n } = useTranslation();
  const { message, modal } = App.useApp();
  const onError = useApiErrorHandler();
  const tonight = useTonight(stationId);
  const { checkOut, noShow } = useDeskActions();
  const act = (s: YouthStay, action: 'checkOut' | 'noShow') =>
    modal.confirm({
      title: t(action === 'checkOut' ? 'youthStation.checkOutTitle' : 'youthStation.noShowTitle', { name: s.talentName ?? '', room: s.room, bed: s.bed }),
      content: action === 'noShow' ? t('youthStation.noShowBody') : undefined,
      okText: t(action === 'checkOut' ? 'youthStation.checkOut' : 'youthStation.noShow'),
      cancelText: t('common.cancel'),
      onOk: () =>
        (action === 'checkOut' ? checkOut : noShow).mutateAsync(s.id).then(
          () => void message.success(t(action === 'checkOut' ? 'youthStation.checkedOut' : 'youthStation.markedNoShow', { name: s.talentName ?? '' })),
          (e: unknown) => onError(e),
        ),
    });
  return (
    <Card title={tonight.data ? t('youthStation.tonightOf', { date: tonight.data.date }) : t('youthStation.tonight')}>
      <Table<YouthStay>
        rowKey="id"
        size="small"
        loading={tonight.isLoading}
        pagination={false}
        dataSource={tonight.data?.items ?? []}
        data-testid="desk-tonight"
        locale={{ emptyText: t('youthStation.nobodyTonight') }}
        columns={[
          { title: t('youthStation.bed'), render: (_: unknown, s) => t('youthStation.roomBed', { room: s.room, bed: s.bed }) },
          { title: t('youthStation.guest'), dataIndex: 'talentName' },
          {
            title: t('youthStation.nightsColumn'),
            render: (_: unknown, s) => t('youthStation.nightsRange', { from: s.firstNight, to: s.lastNight, nights: s.nights }),
          },
          {
            title: t('youthStation.status'),
            render: (_: unknown, s) => <Tag color={s.status === 'checked_in' ? 'green' : 'blue'}>{pickText(STAY_STATUS_LABELS[s.status], i18n.language)}</Tag>,
          },
          {
            title: t('youthStation.actions'),
            render: (_: unknown, s) =>
              s.status === 'checked_in' ? (
                <Button size="small" onClick={() => act(s, 'checkOut')} data-testid={`desk-check-out-${s.id}`}>
                  {t('youthStation.checkOut')}
                </Button>
              ) : (
                <Button size="small" danger onClick={() => act(s, 'noShow')} data-testid={`desk-no-show-${s.id}`}>
                  {t('youthStation.noShow')}
                </Button>
              ),
          },
        ]}
      />
    </Card>
  );
}

/** The station desk page. */
export function StationDeskPage() {
  const { t, i18n } = useTranslation();
  const stations = useStations();
  const [chosen, setChosen] = useState<string>();
  const stationId = chosen ?? stations.data?.items[0]?.id;
  return (
    <>
      <PageHeader title={t('youthStation.deskTitle')} subtitle={t('youthStation.deskSubtitle')} />
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <Card>
          <Typography.Paragraph id="desk-station-label" strong style={{ marginBottom: 8 }}>
            {t('youthStation.station')}
          </Typography.Paragraph>
          <Select
            aria-labelledby="desk-station-label"
            style={{ width: '100%', maxWidth: 480 }}
            value={stationId}
            onChange={setChosen}
            loading={stations.isLoading}
            data-testid="desk-station"
            options={(stations.data?.items ?? []).map((s) => ({
              value: s.id,
              label: t('youthStation.stationOption', { name: pickText(s.name, i18n.language), district: s.district, beds: s.beds }),
            }))}
          />
        </Card>
        {stationId ? (
          <>
            <Card title={t('youthStation.checkIn')}>
              <CheckInForm key={stationId} stationId={stationId} />
            </Card>
            <TonightTable stationId={stationId} />
          </>
        ) : null}
      </Space>
    </>
  );
}
