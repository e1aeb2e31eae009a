/**
 * i18next set-up: zh-CN first, English on request. Every screen text of every feature is in
 * `zh-CN.json` and `en.json` (one mechanism). The Chinese texts come with the app; the English
 * ones (about 23 kB compressed) are a chunk of their own, fetched before the first render for a
 * person who chose English and otherwise only when someone switches.
 * Names of domain things — fields,
 * vocabulary values, workflow states — come from `@bole/contracts` through
 * `shared/ui/enum-options.ts`. The choice is remembered in
 * localStorage and mirrored to `<html lang>`; Day.js follows here, antd through the app's
 * ConfigProvider (app/App.tsx).
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import zhCN from './zh-CN.json';

/** Languages the interface speaks, Chinese first. */
export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'bole.lang';

function storedLanguage(): Language {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return v === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

function applyLanguage(lng: string): void {
  document.documentElement.lang = lng;
  document.title = i18n.t('app.fullName');
  dayjs.locale(lng === 'en' ? 'en' : 'zh-cn');
  try {
    localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    /* private mode: the choice lasts for this page only */
  }
}

/** Each language's screen texts: Chinese at hand, English fetched when first needed. */
async function texts(lng: Language): Promise<Record<string, unknown>> {
  return lng === 'en' ? (await import('./en.json')).default : zhCN;
}

/** Resolves once the stored language's texts are loaded and i18next is ready: render after it. */
export const i18nReady: Promise<void> = (async () => {
  const lng = storedLanguage();
  await i18n.use(initReactI18next).init({
    resources: { [lng]: { translation: await texts(lng) } },
    lng,
    // Both files hold every key (i18n.test.ts), so a language never falls back to the other.
    fallbackLng: false,
    partialBundledLanguages: true,
    interpolation: { escapeValue: false },
  });
  applyLanguage(i18n.language);
  i18n.on('languageChanged', applyLanguage);
})();

/** Switches the interface language, fetching its texts the first time. */
export async function setLanguage(lng: Language): Promise<void> {
  if (!i18n.hasResourceBundle(lng, 'translation')) i18n.addResourceBundle(lng, 'translation', await texts(lng));
  await i18n.changeLanguage(lng);
}

/** The current interface language. */
export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'zh-CN';
}

export default i18n;
