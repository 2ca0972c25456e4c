// Month names and their usual abbreviations in the supported languages, lower-case, with and without
// accents, so "5 October", "October 5" and "5 oct." can be recognised as the same date.
const names: string[][] = [
  ["january", "jan", "janvier", "janv", "januar", "jänner", "janner", "enero", "ene"],
  ["february", "feb", "février", "fevrier", "fév", "fev", "févr", "fevr", "februar", "febrero"],
  ["march", "mar", "mars", "märz", "marz", "marzo"],
  ["april", "apr", "avril", "avr", "abril", "abr"],
  ["may", "mai", "mayo"],
  ["june", "jun", "juin", "juni", "junio"],
  ["july", "jul", "juillet", "juil", "juli", "julio"],
  ["august", "aug", "août", "aout", "agosto"],
  ["september", "sep", "sept", "septembre", "septiembre", "setiembre"],
  ["october", "oct", "octobre", "oktober", "okt", "octubre"],
  ["november", "nov", "novembre", "noviembre"],
  ["december", "dec", "décembre", "decembre", "déc", "dezember", "dez", "diciembre", "dic"],
];

const byName = new Map<string, number>();
names.forEach((list, index) => {
  for (const name of list) byName.set(name, index + 1);
});

/** Every name and abbreviation, longest first (the order a regular expression alternation needs). */
export const MONTH_NAMES: readonly string[] = [...byName.keys()].sort((a, b) => b.length - a.length);

/** 1..12 for a month name or abbreviation (lower-case), else undefined. */
export function monthNumber(word: string): number | undefined {
  return byName.get(word);
}
