/**
 * 青年驿站 for the talent: the stations with their night limit, a booking form (first night and
 * number of nights; the policy decides on verified facts, refusals say why), and the talent's
 * stays with their status, cancellable while booked.
 */
import { App, Button, Card, Form, InputNumber, List, Select, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { STAY_STATUS_LABELS } from '@bole/contracts';
import { useApiErrorHandler } from '../../shared/form/use-api-error';
import { pickText } from '../../shared/lib/bilingual';
import { DateField } from '../../shared/ui/DateField';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useMyStays, useStations, useStayActions } from './api';

type Values = { stationId: string; firstNight: string; nights: number };

/** The talent's youth-station page. */
export function YouthStationsPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const stations = useStations();
  const stays = useMyStays();
  const actions = useStayActions();
  const [form] = Form.useForm<Values>();
  const stationId = Form.useWatch('stationId', form);
  const station = stations.data?.items.find((s) => s.id === stationId);

  const book = (v: Values) =>
    actions.book.mutate(
      { stationId: v.stationId, body: { firstNight: v.firstNight, nights: v.nights } },
      {
        onSuccess: (s) => void message.success(t('youthStation.booked', { room: s.room, bed: s.bed })),
        onError: (e) => onError(e, form, ['firstNight', 'nights']),
      },
    );

  return (
    <>
      <PageHeader title={t('youthStation.title')} subtitle={t('youthStation.subtitle')} />
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <Card title={t('youthStation.book')}>
          <Form form={form} layout="vertical" onFinish={book} style={{ maxWidth: 520 }} initialValues={{ nights: 3 }}>
            <Form.Item name="stationId" label={t('youthStation.station')} rules={[{ required: true, message: t('youthStation.required') }]}>
              <Select
                options={(stations.data?.items ?? []).map((s) => ({
                  value: s.id,
                  label: t('youthStation.stationOption', { name: pickText(s.name, i18n.language), district: s.district, beds: s.beds }),
                }))}
              />
            </Form.Item>
            {station ? (
              <Typography.Paragraph type="secondary">
                {t('youthStation.limits', { address: station.address, max: station.maxNights, perYear: station.staysPerYear })}
              </Typography.Paragraph>
            ) : null}
            <Form.Item name="firstNight" label={t('youthStation.firstNight')} rules={[{ required: true, message: t('youthStation.required') }]}>
              <DateField />
            </Form.Item>
            <Form.Item name="nights" label={t('youthStation.nights')} rules={[{ required: true, message: t('youthStation.required') }]}>
              <InputNumber min={1} max={60} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={actions.book.isPending} data-testid="stay-book">
              {t('youthStation.book')}
            </Button>
          </Form>
        </Card>
        <Card title={t('youthStation.myStays')}>
          <List
            data-testid="my-stays"
            locale={{ emptyText: t('youthStation.noStays') }}
            dataSource={stays.data?.items ?? []}
            renderItem={(s) => (
              <List.Item
                actions={
                  s.status === 'booked'
                    ? [
                        <Button key="cancel" onClick={() => actions.cancel.mutate(s.id, { onError: (e) => onError(e) })}>
                          {t('youthStation.cancel')}
                        </Button>,
                      ]
                    : []
                }
              >
                <Space wrap>
                  <Typography.Text strong>{pickText(s.stationName, i18n.language)}</Typography.Text>
                  <Typography.Text>
                    {t('youthStation.stayLine', { room: s.room, bed: s.bed, from: s.firstNight, to: s.lastNight, nights: s.nights })}
                  </Typography.Text>
                  <Tag>{pickText(STAY_STATUS_LABELS[s.status], i18n.language)}</Tag>
                </Space>
              </List.Item>
            )}
          />
        </Card>
      </Space>
    </>
  );
}
