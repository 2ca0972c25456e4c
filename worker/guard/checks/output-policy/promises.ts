// What an automatic reply must never say on its own authority, in every supported language: guarantees
// and personal promises, legal advice, medical advice. A person may say it; a bot reply goes to an agent
// (unless the site's own knowledge says the same words, see output-policy.ts).
import { collapseWhitespace, fold } from "../../text/words.ts";

export interface ForbiddenPromise {
  kind: "guarantee" | "legal advice" | "medical advice";
  text: string;
}

// Matched on the lower-cased, accent-folded reply.
const patterns: Array<[ForbiddenPromise["kind"], RegExp]> = [
  [
    "guarantee",
    /\b(we|i) (can )?(guarantee|promise|assure you)\b|\bi promise\b|\bguaranteed\b|\b100 ?% (sure|certain|guaranteed)\b|\bwill never happen again\b|\bwithout (any )?risk\b|\brisk[- ]free\b/,
  ],
  [
    "guarantee",
    /\b(je|nous) (vous )?(garantis|garantissons|promets|promettons)\b|\bgaranti(e|es|s)?\b|\bsans (aucun )?risque\b|\bsur a 100 ?%|\bcela ne se reproduira (plus|jamais)\b/,
  ],
  [
    "guarantee",
    /\b(ich|wir) (garantiere|garantieren|verspreche|versprechen)\b|\bgarantiert\b|\bohne (jedes )?risiko\b|\b100 ?% sicher\b|\bwird nie wieder (passieren|vorkommen)\b/,
  ],
  [
    "guarantee",
    /\b(le |te |les )?(garantizo|garantizamos|prometo|prometemos)\b|\bgarantizad[oa]s?\b|\bsin (ningun )?riesgo\b|\bseguro al 100 ?%|\bno volvera a (pasar|ocurrir)\b/,
  ],
  [
    "legal advice",
    /\b(you should|you can|you could|we recommend you) (sue|take legal action|file a lawsuit)\b|\b(this|that) is (not )?(legal|illegal)\b|\blegal advice\b|\byou are (legally )?entitled to\b|\byour (legal )?rights? (are|is) (not )?violated\b/,
  ],
  [
    "legal advice",
    /\b(vous devriez|vous pouvez) (porter plainte|poursuivre|attaquer en justice)\b|\bconseil juridique\b|\b(c'est|ceci est) (il)?legal\b|\bvous avez (legalement )?droit a\b/,
  ],
  [
    "legal advice",
    /\b(sie sollten|sie konnen) (klagen|verklagen|rechtliche schritte)\b|\brechtsberatung\b|\b(das|dies) ist (il)?legal\b|\bsie haben (gesetzlich )?anspruch auf\b/,
  ],
  [
    "legal advice",
    /\b(deberia|puede|deberias) (demandar|denunciar|emprender acciones legales)\b|\basesoramiento (legal|juridico)\b|\b(esto|eso) es (i)?legal\b|\btiene (legalmente )?derecho a\b/,
  ],
  [
    "medical advice",
    /\b(you should|we recommend|i recommend|try) (take|taking|stop taking|increase|reduce) (the |your )?(dose|dosage|medication|medicine|pills?|tablets?)\b|\bmedical (advice|diagnosis)\b|\b(i|we) (can )?diagnose\b|\bno need to see a doctor\b/,
  ],
  [
    "medical advice",
    /\b(prenez|arretez de prendre|augmentez|diminuez) (la |le |les |votre |vos )?(dose|posologie|medicament|medicaments|comprimes?)\b|\bdiagnostic\b|\bconseil medical\b/,
  ],
  [
    "medical advice",
    /\b(nehmen sie|setzen sie) (die |das |ihre |ihr )?(dosis|medikament|medikamente|tabletten?)\b|\bdiagnose\b|\bmedizinische(r|n)? rat\b/,
  ],
  [
    "medical advice",
    /\b(tome|deje de tomar|aumente|reduzca) (la |el |los |las |su |sus )?(dosis|medicamento|medicamentos|pastillas?)\b|\bdiagnostico\b|\bconsejo medico\b/,
  ],
];

export function findPromises(text: string): ForbiddenPromise[] {
  return promisesIn(collapseWhitespace(fold(text.toLowerCase())));
}

/** findPromises of a text already lower-cased, accent-folded and with its whitespace collapsed. */
export function promisesIn(normal: string): ForbiddenPromise[] {
  const found: ForbiddenPromise[] = [];
  for (const [kind, pattern] of patterns) {
    const match = normal.match(pattern);
    if (match) found.push({ kind, text: match[0] });
  }
  return found;
}
