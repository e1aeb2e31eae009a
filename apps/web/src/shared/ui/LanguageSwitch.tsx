import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { GlobalOutlined } from '@ant-design/icons';
import { LANGUAGES, setLanguage } from '../../i18n';

/** 中文 / English toggle; the choice is remembered by the i18n module. */
export function LanguageSwitch({ size = 'middle' }: { size?: 'small' | 'middle' }) {
  const { t, i18n } = useTranslation();
  const current = i18n.language === 'en' ? 'en' : 'zh-CN';
  return (
    <Segmented
      size={size}
      aria-label={t('lang.switch')}
      data-testid="language-switch"
      value={current}
      onChange={(v) => void setLanguage(v === 'en' ? 'en' : 'zh-CN')}
      options={LANGUAGES.map((lng) => ({
        value: lng,
        label:
          lng === current ? (
            <span>
              <GlobalOutlined style={{ marginRight: 4 }} />
              {t(`lang.${lng}`)}
            </span>
          ) : (
            t(`lang.${lng}`)
          ),
      }))}
    />
  );
}
