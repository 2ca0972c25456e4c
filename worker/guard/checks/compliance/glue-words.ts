// Grammatical glue: pronouns of the third person, articles, demonstratives and the verbs "be", "have"
// and "do". A reply needs them whatever it says ("he was born in 1955" for "born 1955"), so their absence
// from the knowledge says almost nothing, unlike a missing "I", "from" or "because".
import type { Language } from "../../text/language.ts";
import type { Token } from "../../similarity/tokens.ts";

const lists: Record<Language, string> = {
  en: "he she it they him her them his its their the a an is are was were be been being am has have had do does did this that these those there",
  fr: "il elle ils elles lui leur le la les un une des est sont etait etaient ete etre a ont avait ce cet cette ces",
  de: "er sie es ihm ihn ihr ihre der die das den dem des ein eine einen einem einer ist sind war waren sein hat haben hatte dies diese dieser",
  es: "el ella ellos ellas lo la los las le les su sus un una unos unas es son era eran fue ser ha han habia este esta estos estas",
};

const sets = Object.fromEntries(Object.entries(lists).map(([l, list]) => [l, new Set(list.split(" "))])) as Record<Language, Set<string>>;

export function isGlueWord(token: Token, language: Language): boolean {
  return sets[language].has(token.word);
}
