/**
 * i18next set-up: zh-CN first, English on request. Every screen text of every feature is in
 * `zh-CN.json` and `en.json` (one mechanism, loaded at start); names of domain things — fields,
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
import en from './en.json';

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

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
});
applyLanguage(i18n.language);
i18n.on('languageChanged', applyLanguage);

/** The current interface language. */
export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'zh-CN';
}

export default i18n;
