// Courtesy sentences ("Happy to help!", "Is there anything else?") state no fact: they need no support
// from the knowledge, and saying them again is not repeating an answer.
import type { Language } from "./language.ts";
import { rememberEach } from "./remember.ts";
import { fold } from "./words.ts";

// Word patterns of greetings, thanks, apologies, offers of further help and sign-offs, matched against the
// whole sentence (accent-folded, lower-case, words joined by single spaces: "puis-je" reads "puis je").
const patterns: Record<Language, RegExp[]> = {
  en: [
    /^(hi|hello|hey|good (morning|afternoon|evening)|greetings|dear \w+)( there| \w+)?$/,
    /^(thanks?|thank you)( (so|very) much)?( for [\w ]{0,40})?$/,
    /^(you'?re|you are) (very )?welcome$/,
    /^(i'?m|i am|we'?re|we are) (happy|glad|delighted|pleased|here) to (help|assist)( you)?( with that| today)?$/,
    /^(happy|glad) to (help|assist)( you)?$/,
    /^(sure|certainly|of course|absolutely|no problem|great|perfect|okay|ok|alright|no worries)( thing)?$/,
    /^(is there )?anything else( i can (help|assist) (you )?with| you need| i can do for you)?( today)?$/,
    /^(can|may) i help (you )?with anything else( today)?$/,
    /^(i'?m|i am|we'?re|we are) sorry (for|about) (the|any) (inconvenience|trouble|confusion|delay)$/,
    /^(i|we) apologi[sz]e for (the|any) (inconvenience|trouble|confusion|delay)$/,
    /^(have a (nice|great|good) (day|evening|weekend)|best regards|kind regards|regards|cheers|goodbye|bye)$/,
    /^(let me know|feel free to (ask|reach out|contact us)|don'?t hesitate to (ask|reach out|contact us))( if you (have|need) (any )?(more |other |further )?(questions?|help))?$/,
    /^i hope (this|that) helps$/,
  ],
  fr: [
    /^(bonjour|bonsoir|salut|coucou)( \w+)?$/,
    /^merci( beaucoup| bien)?( pour [\w ]{0,40})?$/,
    /^(je vous en prie|de rien|avec plaisir)$/,
    /^(je suis|nous sommes) (ravie?s?|heureu(x|se)s?) de vous aider$/,
    /^(bien sur|d'accord|parfait|tres bien|pas de (souci|probleme)|entendu|certainement|absolument)$/,
    /^(y a t il|avez vous besoin d'?) ?(quelque chose|autre chose)( d'autre)?$/,
    /^(puis je|je peux|pouvons nous|nous pouvons) vous aider (pour|avec|en) (autre chose|quelque chose d'autre)$/,
    /^(je suis|nous sommes) desolee?s? pour (le|ce|la) (desagrement|derangement|gene|retard|confusion)$/,
    /^(bonne (journee|soiree|fin de journee)|cordialement|a bientot|au revoir)$/,
    /^n'hesitez pas (a|si) [\w ]{0,40}$/,
  ],
  de: [
    /^(hallo|guten (morgen|tag|abend)|servus|moin)( \w+)?$/,
    /^(danke|vielen dank|danke schon|danke sehr)( fur [\w ]{0,40})?$/,
    /^(gern geschehen|bitte|gerne|bitte sehr)$/,
    /^(ich|wir) (helfe|helfen) (ihnen|dir) gerne( weiter)?$/,
    /^(gerne|klar|naturlich|sicher|selbstverstandlich|kein problem|alles klar|perfekt|okay)$/,
    /^(kann ich|konnen wir) (ihnen|dir) (sonst|noch) (bei etwas|irgendwie|mit etwas)( anderem)? (helfen|weiterhelfen)$/,
    /^(gibt es )?(sonst )?noch (etwas|fragen)$/,
    /^(es tut (mir|uns) leid|entschuldigen sie) (fur )?(die|diese) (unannehmlichkeiten|verzogerung|verwirrung)$/,
    /^(einen schonen tag( noch)?|schonen tag noch|mit freundlichen grußen|viele gruße|tschuss|auf wiedersehen)$/,
  ],
  es: [
    /^(hola|buenos dias|buenas tardes|buenas noches|saludos)( \w+)?$/,
    /^(gracias|muchas gracias|mil gracias)( por [\w ]{0,40})?$/,
    /^(de nada|con gusto|un placer|no hay de que)$/,
    /^(estoy|estamos|estare) (encantad[oa]s?|feliz|felices) de (ayudarte|ayudarle|ayudar)$/,
    /^(claro|por supuesto|desde luego|perfecto|de acuerdo|vale|sin problema|entendido)$/,
    /^(hay )?(algo|alguna otra cosa) (mas )?en (lo )?que (te |le )?(pueda|podamos) (ayudar|ayudarte|ayudarle)$/,
    /^(puedo ayudarte|puedo ayudarle|te puedo ayudar|le puedo ayudar) (en|con) algo mas$/,
    /^(lamento|sentimos|disculpe|perdon por) (las|los|la|el) (molestias|inconvenientes|retraso|confusion)$/,
    /^(que tengas? un buen dia|buen dia|saludos cordiales|un saludo|hasta luego|adios)$/,
  ],
};

const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)*/gu;
// The longest formula above is well under this; a longer sentence carries more than courtesy.
const MAX_LENGTH = 120;

// Compliance and repeat ask about the same sentences of a draft, and replies reuse the same formulas.
const JUDGED_LIMIT = 256;
const judgeIn = rememberEach(JUDGED_LIMIT, isFormula);

export function isCourtesy(sentence: string, language: Language): boolean {
  if (sentence.length > MAX_LENGTH) return false;
  return judgeIn(language)(sentence);
}

function isFormula(sentence: string, language: Language): boolean {
  const normal = (fold(sentence.toLowerCase()).match(WORD) ?? []).join(" ");
  if (normal === "") return true;
  return matchesAny(patterns[language], normal) || (language !== "en" && matchesAny(patterns.en, normal));
}

// A loop, not `some` with an arrow: the arrow would close over the sentence, a context and a function per call.
function matchesAny(list: readonly RegExp[], text: string): boolean {
  for (const pattern of list) if (pattern.test(text)) return true;
  return false;
}
