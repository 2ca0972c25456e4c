// Short reactions to what the customer said ("That's true.", "I agree!", "C'est vrai.", "Not sure")
// point back at the conversation and add no fact of their own, so, like courtesy, they need no support
// from the knowledge. Only a bare pronoun and a reaction word qualify: "That's free." or "It is waterproof."
// still states something to check.
import type { Language } from "../../text/language.ts";
import { fold } from "../../text/words.ts";

const INTENSIFIERS: Record<Language, string> = {
  en: "so|very|pretty|quite|really|just|too|truly|such|totally|definitely|absolutely|kind of|a bit",
  fr: "tres|vraiment|trop|assez|super|tellement|plutot",
  de: "sehr|wirklich|echt|total|ganz|ziemlich|so",
  es: "muy|realmente|bastante|tan|super|re",
};

const WORDS: Record<Language, string> = {
  en: `true|right|correct|fair|cool|great|awesome|nice|neat|amazing|interesting|fascinating|impressive|good|fun|exciting|
funny|crazy|wild|wonderful|fantastic|incredible|lovely|brilliant|excellent|perfect|sad|terrible|awful|horrible|scary|weird|
strange|surprising|unfortunate|understandable|a shame|a pity|a tragedy|a lot|too bad|a good point|a great point|a good idea|a great idea`,
  fr: `vrai|juste|exact|exactement|cool|genial|super|top|interessant|fascinant|impressionnant|bien|drole|triste|dommage|terrible|incroyable|parfait|normal`,
  de: `wahr|richtig|korrekt|cool|toll|super|klasse|spannend|interessant|faszinierend|beeindruckend|gut|lustig|traurig|schade|schrecklich|unglaublich|perfekt|verstandlich`,
  es: `verdad|cierto|correcto|genial|estupendo|interesante|fascinante|impresionante|bueno|divertido|triste|una pena|terrible|increible|perfecto|normal`,
};

const OPENERS: Record<Language, string> = {
  en: "yes|yeah|yep|oh|wow|well|haha|ha|absolutely|definitely|indeed",
  fr: "oui|ouais|oh|ah|waouh|bon|haha",
  de: "ja|oh|ah|wow|na|haha",
  es: "si|oh|ah|vaya|guau|jaja",
};

const SUBJECTS: Record<Language, string> = {
  en: "that's|thats|that is|it's|its|it is|this is|that sounds|sounds|how",
  fr: "c'est|c est|ca c'est|ca a l'air|quel|quelle",
  de: "das ist|das klingt|klingt|wie",
  es: "es|eso es|que|suena|eso suena",
};

const AGREEMENT: Record<Language, string> = {
  en: "i (?:totally |completely |definitely )?(?:agree|understand|see)(?: with (?:that|you))?|i can (?:agree|understand)(?: with)?(?: that)?|agreed|exactly|true|indeed|interesting|cool|nice|awesome|(?:i'm |i am )?not (?:so |really |quite )?sure|i don't know|not really|no idea",
  fr: "je suis (?:tout a fait |bien )?d'accord|je comprends|je vois|exactement|tout a fait|en effet|interessant|je ne suis pas (?:tres |bien )?sur|je ne sais pas|pas vraiment",
  de: "(?:da )?stimme ich (?:dir |ihnen )?zu|ich verstehe|ich sehe|genau|stimmt|interessant|ich bin (?:mir )?nicht sicher|ich weiß nicht|ich weiss nicht|nicht wirklich",
  es: "estoy (?:totalmente |muy )?de acuerdo|entiendo|ya veo|exacto|exactamente|cierto|interesante|no estoy segur[oa]|no lo se|no se|no realmente",
};

const patterns = Object.fromEntries(
  (Object.keys(WORDS) as Language[]).map((language) => {
    const words = WORDS[language].replace(/\s*\n\s*/g, "");
    const opener = `(?:(?:${OPENERS[language]}) )*`;
    const judged = `(?:${SUBJECTS[language]})(?: (?:${INTENSIFIERS[language]}))* (?:${words})`;
    return [language, new RegExp(`^${opener}(?:${judged}|${AGREEMENT[language]})$`)];
  }),
) as Record<Language, RegExp>;

const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)*/gu;
// The longest reaction above is a few words; a longer sentence carries more than a reaction.
const MAX_LENGTH = 60;

export function isReaction(sentence: string, language: Language): boolean {
  if (sentence.length > MAX_LENGTH) return false;
  // Chat text sometimes detaches the clitic: "That 's true".
  const normal = (fold(sentence.toLowerCase()).replace(/\s+['’]s\b/g, "'s").replace(/’/g, "'").match(WORD) ?? []).join(" ");
  return patterns[language].test(normal);
}
