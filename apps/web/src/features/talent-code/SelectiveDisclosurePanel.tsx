/** 选择性出示: the talent picks which claims of their SD-JWT a verifier sees; the presentation as QR and text. */
import { useEffect, useState } from 'react';
import { Alert, Button, Card, Checkbox, Col, Input, Row, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import QRCode from 'qrcode';
import { presentSdJwt, type SdJwtDisclosable } from '@bole/contracts';
import { errorText } from '../../shared/form/problem';
import { enumLabel } from '../../shared/ui/enum-options';
import { useCreateSdJwt } from './api';

/** The panel under the talent's code. */
export function SelectiveDisclosurePanel() {
  const { t, i18n } = useTranslation();
  const create = useCreateSdJwt();
  const [chosen, setChosen] = useState<SdJwtDisclosable[]>([]);
  const [qr, setQr] = useState<string | null>(null);
  const presentation = create.data ? presentSdJwt(create.data.sdJwt, chosen) : null;

  useEffect(() => {
    let live = true;
    if (presentation) void QRCode.toDataURL(presentation, { errorCorrectionLevel: 'L', margin: 2, width: 320 }).then((url) => live && setQr(url));
    return () => {
      live = false;
    };
  }, [presentation]);

  return (
    <Card title={t('talentCode.sdTitle')} style={{ marginTop: 16 }} data-testid="sd-panel">
      <Typography.Paragraph type="secondary">{t('talentCode.sdHint')}</Typography.Paragraph>
      {create.isError && <Alert type="error" showIcon message={errorText(create.error, i18n.language, t)} style={{ marginBottom: 12 }} />}
      {!create.data ? (
        <Button onClick={() => create.mutate()} loading={create.isPending} data-testid="sd-create">
          {t('talentCode.sdCreate')}
        </Button>
      ) : (
        <Row gutter={[24, 16]}>
          <Col xs={24} md={10}>
            <Typography.Text strong>{t('talentCode.sdPick')}</Typography.Text>
            <Checkbox.Group value={chosen} onChange={(v) => setChosen(v as SdJwtDisclosable[])} style={{ display: 'block', marginTop: 8 }}>
              <Space direction="vertical">
                {create.data.disclosable.map((d) => (
                  <Checkbox key={d.claim} value={d.claim}>
                    <span data-testid={`sd-${d.claim}`}>
                      {enumLabel(t, 'sdJwtDisclosable', d.claim)}：{d.value}
                    </span>
                  </Checkbox>
                ))}
              </Space>
            </Checkbox.Group>
            <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
              {t('talentCode.sdAlways')}
            </Typography.Paragraph>
          </Col>
          <Col xs={24} md={14} style={{ textAlign: 'center' }}>
            {qr && <img src={qr} alt={t('talentCode.sdQr')} style={{ width: '100%', maxWidth: 320 }} data-testid="sd-qr" />}
            <Input.TextArea
              readOnly
              value={presentation ?? ''}
              autoSize={{ minRows: 2, maxRows: 4 }}
              aria-label={t('talentCode.sdText')}
              style={{ fontFamily: 'monospace', fontSize: 12, marginTop: 8 }}
              data-testid="sd-text"
            />
            <Typography.Text copyable={{ text: presentation ?? '' }} style={{ display: 'block', textAlign: 'left', marginTop: 4 }}>
              {t('talentCode.sdText')}
            </Typography.Text>
          </Col>
        </Row>
      )}
    </Card>
  );
}
