// Month names and their usual abbreviations in the supported languages, accent-folded and lower-case,
// so "5 October", "October 5" and "5 oct." can be recognised as the same date.
const names: string[][] = [
  ["january", "jan", "janvier", "janv", "januar", "jänner", "janner", "enero", "ene"],
  ["february", "feb", "fevrier", "fev", "fevr", "februar", "febrero"],
  ["march", "mar", "mars", "marz", "märz", "marzo"],
  ["april", "apr", "avril", "avr", "abril", "abr"],
  ["may", "mai", "mayo"],
  ["june", "jun", "juin", "juni", "junio"],
  ["july", "jul", "juillet", "juil", "juli", "julio"],
  ["august", "aug", "aout", "agosto", "ago"],
  ["september", "sep", "sept", "septembre", "septiembre", "setiembre"],
  ["october", "oct", "octobre", "oktober", "okt", "octubre"],
  ["november", "nov", "novembre", "noviembre"],
  ["december", "dec", "decembre", "dezember", "dez", "diciembre", "dic"],
];

const byName = new Map<string, number>();
names.forEach((list, index) => {
  for (const name of list) byName.set(name, index + 1);
});

/** 1..12 for a month name or abbreviation (folded, lower-case), else undefined. */
export function monthNumber(word: string): number | undefined {
  return byName.get(word);
}
