/** 人才码核验 (public): scan the code with the camera or paste its text; the result is said plainly (有效/已过期/已撤销/伪造). */
import { useState } from 'react';
import { Button, Card, Descriptions, Input, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TalentCodeVerification } from '@bole/contracts';
import { isApiError } from '../../shared/api/client';
import { errorText } from '../../shared/form/problem';
import { LanguageSwitch } from '../../shared/ui/LanguageSwitch';
import { PageTitle } from '../../shared/ui/PageTitle';
import { QrScanner } from '../../shared/ui/QrScanner';
import { useVerifyTalentCode } from './api';
import { enumLabel, fieldName } from '../../shared/ui/enum-options';
import { formatDate } from '../../shared/lib/date-time';

const RESULT_STATUS: Record<TalentCodeVerification['status'], 'success' | 'warning' | 'error'> = {
  valid: 'success',
  expired: 'warning',
  revoked: 'error',
  forged: 'error',
  malformed: 'error',
};

/** The verify page. */
export function VerifyPage() {
  const { t, i18n } = useTranslation();
  const [code, setCode] = useState('');
  const verify = useVerifyTalentCode();
  const v = verify.data;
  const lang = i18n.language;
  return (
    <main style={{ maxWidth: 760, margin: '0 auto', padding: '24px 16px' }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginBottom: 16, gap: 12 }}>
        <Link to="/" style={{ fontWeight: 600 }}>
          {t('app.fullName')}
        </Link>
        <LanguageSwitch size="small" />
      </div>
      <Card>
        <PageTitle style={{ marginBottom: 8 }}>{t('talentCode.verifyTitle')}</PageTitle>
        <Typography.Paragraph type="secondary">{t('talentCode.verifySubtitle')}</Typography.Paragraph>
        <QrScanner
          onText={(text) => {
            setCode(text);
            verify.mutate(text.trim());
          }}
        />
        <Input.TextArea
          rows={4}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          aria-label={t('talentCode.codeLabel')}
          data-testid="verify-input"
          style={{ fontFamily: 'monospace', marginTop: 12 }}
        />
        <Button
          type="primary"
          style={{ marginTop: 12 }}
          disabled={!code.trim()}
          loading={verify.isPending}
          onClick={() => verify.mutate(code.trim())}
          data-testid="verify-submit"
        >
          {t('talentCode.verify')}
        </Button>
        {v ? (
          <Result
            data-testid="verify-result"
            status={RESULT_STATUS[v.status]}
            title={<span data-testid="verify-status">{enumLabel(t, 'talentCodeStatus', v.status)}</span>}
            subTitle={lang === 'en' ? v.message.en : v.message.zh}
          >
            {v.claims ? (
              <Descriptions column={1} size="small" bordered>
                <Descriptions.Item label={t('talentCode.holder')}>{v.claims.name}</Descriptions.Item>
                <Descriptions.Item label={fieldName('tier')}>{enumLabel(t, 'tierName', v.claims.tier)}</Descriptions.Item>
                <Descriptions.Item label={t('talentCode.city')}>{v.claims.city}</Descriptions.Item>
                <Descriptions.Item label={t('talentCode.validUntil')}>{formatDate(v.claims.validUntil, { exclusiveEnd: true })}</Descriptions.Item>
              </Descriptions>
            ) : null}
          </Result>
        ) : null}
        {verify.isError ? (
          <Result
            data-testid="verify-result"
            status="error"
            title={
              <span data-testid="verify-status">
                {isApiError(verify.error, 400) ? enumLabel(t, 'talentCodeStatus', 'malformed') : t('common.unknownError')}
              </span>
            }
            subTitle={errorText(verify.error, lang, t)}
          />
        ) : null}
      </Card>
    </main>
  );
}
