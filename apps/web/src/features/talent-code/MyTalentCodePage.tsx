/** 我的人才码 (talent): the QR code with tier and validity, and 选择性出示 (SD-JWT). */
import { App, Button, Card, Col, Descriptions, Result, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { pickText } from '../../shared/lib/bilingual';
import { Link } from 'react-router';
import { isApiError } from '../../shared/api/client';
import { errorText } from '../../shared/form/problem';
import { LoadError, LoadingBlock } from '../../shared/ui/LoadingBlock';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useMyTalentCode } from './api';
import { enumLabel } from '../../shared/ui/enum-options';
import { formatDate } from '../../shared/lib/date-time';
import { SelectiveDisclosurePanel } from './SelectiveDisclosurePanel';

/** A date for people; `exclusiveEnd` shows the last day of a validity that ends at midnight. */
function day(iso: string, exclusiveEnd = false) {
  return formatDate(iso, { exclusiveEnd });
}

/** The talent's code. */
export function MyTalentCodePage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const code = useMyTalentCode();
  const header = <PageHeader title={t('talentCode.title')} subtitle={t('talentCode.subtitle')} />;
  if (code.isPending)
    return (
      <>
        {header}
        <LoadingBlock />
      </>
    );
  if (code.isError) {
    if (isApiError(code.error, 404)) {
      return (
        <>
          {header}
          <Result
            status="info"
            title={t('talentCode.none')}
            subTitle={t('talentCode.noneHint')}
            extra={
              <Link to="/recognition">
                <Button type="primary">{t('talentCode.goRecognition')}</Button>
              </Link>
            }
            data-testid="no-code"
          />
        </>
      );
    }
    return (
      <>
        {header}
        <LoadError text={errorText(code.error, i18n.language, t)} onRetry={() => void code.refetch()} />
      </>
    );
  }
  const c = code.data;
  return (
    <>
      {header}
      <Card data-testid="talent-code">
        <Row gutter={[24, 24]} align="middle">
          <Col xs={24} md={10} style={{ textAlign: 'center' }}>
            <img src={c.qrPng} alt={t('talentCode.title')} style={{ width: '100%', maxWidth: 300 }} data-testid="talent-code-qr" />
          </Col>
          <Col xs={24} md={14}>
            <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="talent-code-tier">
              {enumLabel(t, 'tierName', c.tier)}
            </Typography.Title>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('talentCode.holder')}>{c.name}</Descriptions.Item>
              <Descriptions.Item label={t('talentCode.validFrom')}>{day(c.validFrom)}</Descriptions.Item>
              <Descriptions.Item label={t('talentCode.validUntil')}>
                <span data-testid="talent-code-until">{day(c.validUntil, true)}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('talentCode.issuer')}>
                <span data-testid="code-issuer">{pickText(c.issuerName, i18n.language)}</span>
              </Descriptions.Item>
            </Descriptions>
            <Button
              style={{ marginTop: 12 }}
              data-testid="copy-code"
              onClick={() =>
                void navigator.clipboard?.writeText(c.code).then(
                  () => message.success(t('talentCode.copied')),
                  () => undefined,
                )
              }
            >
              {t('talentCode.copy')}
            </Button>
          </Col>
        </Row>
      </Card>
      <SelectiveDisclosurePanel />
    </>
  );
}
