import { Radio } from 'antd';
import { LANGUAGES, languageLabel, useI18n, type Language } from '../i18n/i18n';

export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  return (
    <Radio.Group
      size="small"
      optionType="button"
      value={language}
      aria-label={t.app.language}
      data-testid="language-switch"
      onChange={(event) => setLanguage(event.target.value as Language)}
    >
      {LANGUAGES.map((lang) => (
        <Radio.Button key={lang} value={lang}>
          <span data-testid={`language-${lang}`}>{languageLabel(lang)}</span>
        </Radio.Button>
      ))}
    </Radio.Group>
  );
}
