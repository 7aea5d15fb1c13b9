import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../messages/en.json';
import id from '../messages/id.json';

export type Lang = 'id' | 'en';

const LANG_KEY = 'sanggar.lang';

/** Bahasa Indonesia first; English when the person chose it (their profile, else this browser's choice or language). */
export function initialLanguage(): Lang {
  const chosen = localStorage.getItem(LANG_KEY);
  if (chosen === 'id' || chosen === 'en') return chosen;
  return navigator.language.toLowerCase().startsWith('en') ? 'en' : 'id';
}

/** Switches every screen (and, through Accept-Language, the api's errors) and remembers it here. */
export async function switchLanguage(lang: Lang): Promise<void> {
  localStorage.setItem(LANG_KEY, lang);
  document.documentElement.lang = lang;
  await i18n.changeLanguage(lang);
}

void i18n.use(initReactI18next).init({
  resources: { id: { translation: id }, en: { translation: en } },
  lng: initialLanguage(),
  fallbackLng: 'id',
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = i18n.language;

export default i18n;
