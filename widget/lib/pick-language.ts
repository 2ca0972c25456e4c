// The languages the service speaks, and which one a visitor gets: the page's choice if supported,
// else the browser's first supported preference, else English.
export const LANGUAGES = ["en", "fr", "de", "es"] as const;
export type Language = (typeof LANGUAGES)[number];

export function pickLanguage(wanted: string | null | undefined, browser: readonly string[]): Language {
  for (const tag of [wanted, ...browser]) {
    const base = tag?.toLowerCase().split("-")[0];
    if (LANGUAGES.includes(base as Language)) return base as Language;
  }
  return "en";
}
