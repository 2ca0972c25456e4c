// Words that turn a sentence into the speaker's own view rather than a fact from the knowledge: hedges
// ("I think", "je crois"), judgements ("great", "génial") and denials. Measured on the compliance dev set,
// a sentence with one of them is unsupported far more often than its shared words suggest.
import type { Language } from "../../text/language.ts";
import type { Token } from "../../similarity/tokens.ts";

// Matched against the sentence's folded words joined by single spaces.
const hedges: Record<Language, RegExp> = {
  en: /\b(i (think|believe|guess|feel|suppose|know|knew|like|love|enjoy|hate|prefer|wonder|bet|heard|read|hope|wish|assume)|i'?m not sure|i am not sure|not sure|i'?ve (heard|read)|i have (heard|read)|in my opinion|personally|maybe|probably|perhaps|it'?s funny|you mean|my favou?rite|if i remember|as far as i know)\b/,
  fr: /\b(je (pense|crois|suppose|trouve|sais|savais|prefere|adore|aime|deteste|parie|imagine|espere)|je ne suis pas sur|pas sur|a mon avis|selon moi|personnellement|peut etre|probablement|sans doute|il me semble)\b/,
  de: /\b(ich (denke|glaube|finde|vermute|weiß|weiss|mag|liebe|hasse|hoffe|wette|nehme an)|ich bin (mir )?nicht sicher|nicht sicher|meiner meinung nach|personlich|vielleicht|wahrscheinlich|vermutlich|ich habe gehort)\b/,
  es: /\b(creo|pienso|supongo|me parece|me gusta|me encanta|odio|prefiero|espero|no estoy segur[oa]|en mi opinion|personalmente|quizas?|tal vez|probablemente|he oido)\b/,
};

const judgements: Record<Language, string> = {
  en: `great amazing awesome important popular interesting funny cool fun best favorite favourite love like hate boring
beautiful good bad nice wonderful fantastic terrible horrible incredible crazy weird sad scary lucky excited delicious
tasty huge hard easy difficult famous successful excellent perfect cheap expensive fast quick slow safe`,
  fr: `super genial important populaire interessant drole cool meilleur prefere adore deteste ennuyeux beau belle bon
bonne mauvais sympa merveilleux fantastique terrible horrible incroyable fou triste facile difficile celebre excellent
parfait cher rapide lent sur`,
  de: `toll super großartig grossartig wichtig beliebt interessant lustig cool beste liebling schön schon gut schlecht nett
wunderbar fantastisch schrecklich unglaublich verruckt traurig leicht einfach schwer schwierig beruhmt erfolgreich
ausgezeichnet perfekt billig teuer schnell langsam sicher`,
  es: `genial increible importante popular interesante divertido mejor favorito encanta odio aburrido bonito bueno buena
malo mala maravilloso fantastico terrible horrible loco triste facil dificil famoso exitoso excelente perfecto barato
caro rapido lento seguro`,
};

const negations: Record<Language, string> = {
  en: "not no never nor none nothing neither without cannot can't don't doesn't didn't isn't aren't won't wasn't",
  fr: "ne pas jamais aucun aucune rien sans ni personne",
  de: "nicht kein keine keinen keiner nie niemals nichts ohne weder",
  es: "no nunca ningun ninguna nada sin ni jamas tampoco",
};

// Answer particles and fillers ("yes", "well", "oh") carry no claim, so they need no support.
const particles: Record<Language, string> = {
  en: "yes yeah yep yea yup oh ah wow well absolutely indeed actually really sure okay ok hmm haha lol also just so",
  fr: "oui ouais bien ah oh eh bon effectivement vraiment d'accord alors aussi juste",
  de: "ja jawohl genau naja ach oh ah wirklich tatsachlich also okay gut eben halt",
  es: "si vale bueno claro pues oh ah realmente efectivamente tambien",
};

// The speaker's own person: a reply that says "I" where the knowledge does not tells its own story.
// "We" is left out: in support it is the company speaking ("we ship within two days").
const firstPerson: Record<Language, string> = {
  en: "i me my mine myself i'm i've i'd i'll",
  fr: "je j moi me mon ma mes",
  de: "ich mich mir mein meine meinen meinem meiner",
  es: "yo me mi mis conmigo",
};

const toSets = (lists: Record<Language, string>) =>
  Object.fromEntries(Object.entries(lists).map(([l, list]) => [l, new Set(list.split(/\s+/))])) as Record<Language, Set<string>>;
const judgementSets = toSets(judgements);
const negationSets = toSets(negations);
const particleSets = toSets(particles);
const firstPersonSets = toSets(firstPerson);

export function isHedged(tokens: readonly Token[], language: Language): boolean {
  return hedges[language].test(tokens.map((t) => t.word).join(" "));
}

const NO_TOKENS: readonly Token[] = [];

/**
 * The judgement words of a sentence, to be found in the knowledge or else counted against it. Most sentences
 * judge nothing: they share one empty list rather than each get their own.
 */
export function judgementWords(tokens: readonly Token[], language: Language): readonly Token[] {
  let found: Token[] | undefined;
  for (const t of tokens) if (isJudgement(t, language)) (found ??= []).push(t);
  return found ?? NO_TOKENS;
}

export function isJudgement(token: Token, language: Language): boolean {
  return judgementSets[language].has(token.word);
}

// Loops rather than some(): asked for every sentence, clause and passage, each call would make a closure.
export function isNegated(tokens: readonly Token[], language: Language): boolean {
  for (const t of tokens) if (isNegation(t, language)) return true;
  return false;
}

export function isNegation(token: Token, language: Language): boolean {
  return negationSets[language].has(token.word);
}

export function isParticle(token: Token, language: Language): boolean {
  return particleSets[language].has(token.word);
}

export function isFirstPerson(token: Token, language: Language): boolean {
  return firstPersonSets[language].has(token.word);
}
