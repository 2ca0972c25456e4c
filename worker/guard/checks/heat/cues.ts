// Signs of anger and frustration in en/fr/de/es, with how strongly each one alone says "angry".
// Patterns run on cueText() (lower case, no accents, "ss" for "ß"); typography is read in typography.ts.
import type { Cue } from "../../text/cues.ts";

export type HeatKind =
  | "hostility"
  | "insult"
  | "profanity"
  | "anger"
  | "legal"
  | "repeated"
  | "threat"
  | "shouting"
  | "exclamations";

/** How each kind reads in a reason for an agent ("the customer is angry: insults, legal words"). */
export const KIND_LABELS: Record<HeatKind, string> = {
  hostility: "hostile words",
  insult: "insults",
  profanity: "swearing",
  anger: "words of anger",
  legal: "legal words",
  repeated: "complaints of having to ask again",
  threat: "threats to leave",
  shouting: "capital letters",
  exclamations: "repeated exclamation marks",
};

// Word edges that work for accented and non-Latin letters (JavaScript's \b only knows ASCII).
const B = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;

function cue(kind: HeatKind, weight: number, words: string): Cue<HeatKind> {
  return { kind, weight, pattern: new RegExp(`${B}(?:${words})${E}`, "u") };
}

export const HEAT_CUES: readonly Cue<HeatKind>[] = [
  // Said to someone's face: "fuck you", "shut up", "how dare you", "va te faire foutre", "halt die Klappe".
  cue("hostility", 0.8, String.raw`f+u+c*k+ (?:you|off|u|this|that|them|him|her|it)|screw (?:you|this|them)|go to hell|shut (?:up|your (?:mouth|face))|how dare|piss off|get lost|up yours|bite me|blow me`),
  cue("hostility", 0.8, String.raw`va te faire(?: foutre)?|allez vous faire(?: foutre)?|ta gueule|fermez? (?:la|ta gueule)|dega+ge|casse-toi|halt (?:die|deine|ihre) (?:klappe|fresse|maul)|verpiss dich|leck mich|fick dich|vete a la mierda|que te (?:jodan|den)|callate|vete al diablo`),
  // Names for people: "idiot", "moron", "connard", "Arschloch", "imbécil"; stronger when aimed at "you".
  cue("insult", 0.75, String.raw`(?:you|you're|you are|ur|u r|your) (?:\w+ )?(?:idiots?|morons?|stupid|dumb|incompetent|useless|pathetic|clowns?|liars?|thie(?:f|ves)|crooks?|scammers?|losers?|jerks?|assholes?|bastards?|fools?|imbeciles?)|(?:bande d'|espece d'|vous etes des |t'es un |tu es un |vous etes |bunch of )(?:\w+ )?(?:idiots?|incompetents?|escrocs?|voleurs?|nuls?|abrutis?|cretins?|clowns?|liars?|thieves|crooks|morons)|(?:ihr|du|sie) (?:\w+ )?(?:idioten|idiot|betruger|vollidioten?|penner|versager|unfahig\w*|inkompetent\w*)|(?:sois|son|eres|es usted) (?:\w+ )?(?:idiotas?|imbeciles?|inutiles?|incompetentes?|ladrones|estafadores|estupidos?)`),
  cue("insult", 0.55, String.raw`morons?|moronic|dumbass\w*|imbeciles?|retarded|scum\w*|assholes?|arseholes?|bastards?|bitch\w*|dickheads?|jackass\w*|douche\w*|twats?|wankers?|pricks?|cunts?|connard\w*|conne|encule\w*|salauds?|arschl[oö]ch\w*|vollidiot\w*|wichser|cabron\w*|pendej\w*|gilipollas|hijos? de puta`),
  // Words that also describe oneself or a thing ("I feel stupid", "a useless button"): they need company.
  cue("insult", 0.45, String.raw`idiots?|stupid\w*|clowns|incompetent|pathetic|useless|worthless|cretins?|abrutis?|debiles?|escrocs?|arnaqueurs?|voleurs|incompetents?|idioten|betruger\w*|penner|saftladen|drecksladen|verbrecher|idiotas?|estupid[oa]s?|inutiles|incompetentes|ladrones|estafador\w*`),
  // Swearing, elongated or not: "fuuuck", "shit", "merde", "Scheiße", "mierda".
  cue("profanity", 0.55, String.raw`f+u+c*k+\w*|fu+h+|motherf\w+|f\*+k\w*|f\*+\w*d|fck\w*|wtf|stfu|how tf|bullshit\w*|horseshit|putain|fait chier|scheiss\w*|mierda|joder|jodid[oa]s?|carajo|hostia|puta`),
  cue("profanity", 0.45, String.raw`shit\w*|merd(?:e|ique)|bordel|foutu\w*|verdammt\w*|verfluch\w*|kacke|cono|malditos?`),
  cue("profanity", 0.3, String.raw`damn\w*|goddam\w*|the hell|bloody|crap\w*|piss\w*|freaking|frigging|frick\w*|sucks|curse you|mist|zum teufel|diablos`),
  // Saying it: "I'm furious", "this is unacceptable", "j'en ai marre", "eine Frechheit", "estoy harto".
  cue("anger", 0.6, String.raw`angry|angrier|furious|livid|outraged|infuriat\w*|enraged?|pissed|mad at|sick (?:and tired )?of|fed up|had enough|unacceptable|inexcusable|thanks for nothing|en colere|furieu(?:x|se)|enerve\w*|j'en ai marre|marre|ras le bol|inadmissible|inacceptable|merci pour rien|wutend|sauer|stinksauer|verargert|frechheit|unverschamt|inakzeptabel|nase voll|reicht mir|danke fur nichts|enojad[oa]|enfadad[oa]|furios[oa]|hart[oa]|indignad[oa]|inaceptable|el colmo|gracias por nada`),
  cue("anger", 0.5, String.raw`hate(?! to)|hated|hates|hating|despise|deteste|ich hasse|odio`),
  cue("anger", 0.45, String.raw`disgust(?:ed|ing)|disgrace\w*|ridiculous|outrageous|rage|scandal\w*|honteu(?:x|se)|n'importe quoi|skandal\w*|lacherlich|verguenza|ridicul[oa]`),
  cue("anger", 0.35, String.raw`worst|terrible|awful|horrible|frustrat\w*|annoy\w*|a joke|joke of a|what the|how (?:the )?(?:hell|heck)|seriously\?|nul(?:le)?|une blague|catastroph\w*|pire|schlechteste\w*|katastroph\w*|unmoglich|peor|pesim[oa]|una broma`),
  // Legal words: a matter for a person, whatever the tone.
  cue("legal", 0.7, String.raw`lawyers?|attorneys?|sue|suing|lawsuits?|legal action|small claims|(?:to|in) court|court case|ombudsman|consumer protection|trading standards|better business bureau|bbb|chargeback|avocats?|tribunal|porter plainte|deposer plainte|mise en demeure|action en justice|poursuites|dgccrf|(?:rechts)?anwal\w*|verklagen|klage|vor gericht|rechtliche schritte|verbraucherzentrale|abmahnung|abogad[oa]s?|demandar\w*|denunci\w*|juzgado|acciones legales|oficina (?:de|del) consum\w*`),
  // Having to ask again: "third time", "still nothing", "toujours pas", "schon wieder", "otra vez".
  cue("repeated", 0.35, String.raw`(?:third|3rd|fourth|4th|fifth|5th|hundredth|\d+th) time|how many (?:more )?times|for the last time|once again|yet again|again and again|still (?:no|not|nothing|waiting|haven't|hasn't|don't|doesn't)|(?:troisieme|quatrieme|\d+e) fois|combien de fois|encore une fois|toujours (?:pas|rien|aucun\w*)|zum (?:dritten|vierten|x-ten|\d+\.) mal|schon wieder|immer noch (?:nicht|kein\w*|nichts)|wie oft (?:noch)?|(?:tercera|cuarta|\d+a) vez|cuantas veces|otra vez|todavia (?:no|nada)|sigo esperando`),
  // Threats to leave or to go public: frustration turning into action.
  cue("threat", 0.35, String.raw`never (?:order|buy|shop)\w* (?:from you |here )?again|take my (?:business|money) elsewhere|bad review|1.star|one.star|report you|social media|tell everyone|plus jamais|mauvais avis|resilier|nie wieder|kundige\w*|schlechte bewertung|nunca mas|mala resena|dar de baja`),
];
