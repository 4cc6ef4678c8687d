// The language switch: Simplified Chinese by default, English second. The choice is kept in
// localStorage and also sets Ant Design's and dayjs's locale, so dates and pickers match.
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCNLocale from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { listCounties } from '@onewindow/county';
import { en } from './en';
import { zhCN, type Messages } from './zh-CN';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const LOCALES = {
  'zh-CN': { messages: zhCN, antd: zhCNLocale, dayjs: 'zh-cn', label: '中文' },
  en: { messages: en, antd: enUS, dayjs: 'en', label: 'English' },
} satisfies Record<Language, unknown>;

export const languageLabel = (language: Language) => LOCALES[language].label;

const STORAGE_KEY = 'onewindow.language';

interface I18n {
  language: Language;
  t: Messages;
  setLanguage: (language: Language) => void;
  /** 行政区划代码 → its name in the current language; unknown codes are shown as they are. */
  countyName: (code: string) => string;
}

const I18nContext = createContext<I18n | undefined>(undefined);

function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  return (LANGUAGES as readonly string[]).includes(stored ?? '') ? (stored as Language) : 'zh-CN';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);
  const locale = LOCALES[language];

  const setLanguage = useCallback((next: Language) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLanguageState(next);
  }, []);

  useEffect(() => {
    document.documentElement.lang = language;
    dayjs.locale(locale.dayjs);
  }, [language, locale.dayjs]);

  const value = useMemo<I18n>(() => {
    const names = new Map(listCounties().map((c) => [c.code, language === 'en' ? c.nameEn : c.nameZh]));
    return { language, t: locale.messages, setLanguage, countyName: (code) => names.get(code) ?? code };
  }, [language, locale.messages, setLanguage]);

  return (
    <I18nContext.Provider value={value}>
      <ConfigProvider locale={locale.antd} theme={{ token: { colorPrimary: '#1f5fbf' } }}>
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </I18nContext.Provider>
  );
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}

/** A label from one of the enum tables, or the raw value when the server sends one the app does not know yet. */
export function labelOf(table: Readonly<Record<string, string>>, value: string | undefined): string {
  if (!value) return '';
  return table[value] ?? value;
}
