// The languages the service speaks, and which one a visitor gets: the page's choice if supported,
// else the browser's first supported preference, else English.
export const LANGUAGES = ["en", "fr", "de", "es"] as const;
export type Language = (typeof LANGUAGES)[number];

export function pickLanguage(wanted: string | null | undefined, browser: readonly string[], offered: readonly string[] = LANGUAGES): Language {
  for (const tag of [wanted, ...browser]) {
    const base = tag?.toLowerCase().split("-")[0];
    if (LANGUAGES.includes(base as Language) && offered.includes(base as Language)) return base as Language;
  }
  return (offered.find((language) => LANGUAGES.includes(language as Language)) ?? "en") as Language;
}

/**
 * Where a visitor of `language` most likely lives, for phone numbers written without a country code:
 * the region of the first tag in that language ("fr-BE"), else the language's home country. English has
 * no sensible home, so without a tag only numbers in international form are recognised.
 */
const HOME_REGIONS: Partial<Record<Language, string>> = { fr: "FR", de: "DE", es: "ES" };

export function pickRegion(language: Language, tags: readonly (string | null | undefined)[]): string | undefined {
  for (const tag of tags) {
    const [base, region] = tag?.split(/[-_]/) ?? [];
    if (base?.toLowerCase() === language && region && /^[a-z]{2}$/i.test(region)) return region.toUpperCase();
  }
  return HOME_REGIONS[language];
}
