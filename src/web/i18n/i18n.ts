import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import documentsEn from './documents.en.json';
import documentsId from './documents.id.json';
import en from './en.json';
import id from './id.json';
import lettersEn from './letters.en.json';
import lettersId from './letters.id.json';
import performanceEn from './performance.en.json';
import performanceId from './performance.id.json';
import performanceEditingEn from './performance-editing.en.json';
import performanceEditingId from './performance-editing.id.json';
import performanceImportEn from './performance-import.en.json';
import performanceImportId from './performance-import.id.json';
import runsEn from './runs.en.json';
import runsId from './runs.id.json';
import signingEn from './signing.en.json';
import signingId from './signing.id.json';
import sopEditorEn from './sop-editor.en.json';
import sopEditorId from './sop-editor.id.json';

export type Language = 'id' | 'en';

const STORAGE_KEY = 'alur.language';

/** The language chosen earlier on this device; Indonesian unless English was picked. */
export function storedLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

/** The language the API should answer in (`Accept-Language`). */
export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'id';
}

/** Switches the interface language, remembers it on this device and marks the document for screen readers. */
export async function setLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private windows may refuse storage; the choice then lasts for this visit only.
  }
  await i18n.changeLanguage(language);
}

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

void i18n.use(initReactI18next).init({
  resources: {
    id: {
      translation: {
        ...id,
        ...runsId,
        ...performanceId,
        ...performanceEditingId,
        ...performanceImportId,
        ...sopEditorId,
        ...documentsId,
        ...signingId,
        ...lettersId,
      },
    },
    en: {
      translation: {
        ...en,
        ...runsEn,
        ...performanceEn,
        ...performanceEditingEn,
        ...performanceImportEn,
        ...sopEditorEn,
        ...documentsEn,
        ...signingEn,
        ...lettersEn,
      },
    },
  },
  lng: storedLanguage(),
  fallbackLng: 'id',
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = i18n.language;

export { i18n };
