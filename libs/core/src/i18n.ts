export enum Locale {
  id = 'id',
  en = 'en',
}

/** Text shown to a person, in Bahasa Indonesia and English. */
export interface LocalizedText {
  id: string;
  en: string;
}

/** The caller's language from an Accept-Language header: English when preferred over Indonesian, else Indonesian. */
export function localeFromAcceptLanguage(header: string | undefined): Locale {
  if (!header) return Locale.id;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { lang: tag.split('-')[0], q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((entry) => entry.lang === 'id' || entry.lang === 'en')
    .sort((a, b) => b.q - a.q);
  return ranked[0]?.lang === 'en' ? Locale.en : Locale.id;
}
