// The words a request for a person is made of, per language, accent-folded and lower-cased.
// A request needs two of them together ("speak" + "agent", "want" + "human"), never one keyword alone.
import type { Language } from "../../text/language.ts";

export type Role =
  /** Reaching someone: "talk", "contact", "joindre", "sprechen", "hablar". Present forms only:
   * "spoke to an agent" is a story, not a request. */
  | "reach"
  /** Wanting: "want", "need", "voudrais", "möchte", "quiero". */
  | "want"
  /** A person of the business: "agent", "human", "conseiller", "Mitarbeiter", "asesor". */
  | "person"
  /** An unnamed person: "someone", "quelqu'un", "jemand", "alguien"; only counts with a "reach" word. */
  | "someone"
  /** Hands the customer over when said of "me": "transfer me", "passez-moi", "verbinden Sie mich". */
  | "handoff"
  /** Turns a wish around: "don't", "pas", "nicht", "no". */
  | "negation"
  /** "without talking to", "sans passer par": the reaching is excluded. */
  | "without"
  /** Words a bare request may carry besides the person: "please", "real", "svp", "bitte", articles. */
  | "filler";

type Lexicon = Record<Role, string>;

const en: Lexicon = {
  reach: `talk talking speak speaking chat chatting contact contacting reach reaching connect connecting transfer
transferring escalate escalating`,
  want: `want wanna need needs like prefer request requesting demand require give let`,
  handoff: `transfer transferring call`,
  person: `agent agents human humans person operator operators representative representatives rep staff employee
manager supervisor advisor adviser assistant consultant associate callback`,
  someone: `someone somebody anyone anybody people`,
  negation: `don't dont not no never`,
  without: `without`,
  filler: `a an the some real live actual actually please pls plz now asap i i'd i'm me could can may just to with`,
};

const fr: Lexicon = {
  reach: `parler discuter joindre contacter echanger rappeler rappelez appeler appelez transferer transferez`,
  want: `veux voudrais voudrait veut souhaite souhaiterais souhaiterait aimerais aimerait besoin demande exige`,
  handoff: `transferer transferez passer passez mettre mettez rappeler rappelez`,
  person: `conseiller conseillere conseillers humain humaine humains personne agent operateur operatrice
interlocuteur interlocutrice vendeur vendeuse responsable employe employee technicien`,
  someone: `quelqu'un`,
  negation: `ne n' pas jamais aucun aucune`,
  without: `sans`,
  filler: `un une le la l' des vrai vraie vraiment svp stp je j' me moi m' s'il vous te plait avec a etre
maintenant`,
};

const de: Lexicon = {
  reach: `sprechen reden chatten kontaktieren erreichen verbinden anrufen zuruckrufen weiterleiten`,
  want: `mochte mochten will wollen brauche brauchen benotige benotigen hatte verlange wunsche`,
  handoff: `weiterleiten durchstellen verbinden`,
  person: `mitarbeiter mitarbeiterin mitarbeitern mensch menschen person berater beraterin agent operator
ansprechpartner ansprechpartnerin sachbearbeiter sachbearbeiterin kundenservice kundendienst betreuer
betreuerin ruckruf`,
  someone: `jemand jemandem jemanden`,
  negation: `nicht kein keine keinen keinem niemals`,
  without: `ohne`,
  filler: `ein eine einen einem einer der die den dem echt echten echte echter echtem richtigen richtige bitte
jetzt sofort ich mit mich mir gern gerne um`,
};

const es: Lexicon = {
  reach: `hablar hablando comunicarme comunicame comunicar contactar chatear llamar llamame pasar pasame paseme
pasarme conectar conectarme transferir transfiereme transferirme atender atienda atiende`,
  want: `quiero quisiera necesito deseo prefiero pido exijo gustaria`,
  handoff: `transferir pasar`,
  person: `persona humano humana agente agentes operador operadora asesor asesora representante ejecutivo
ejecutiva empleado empleada encargado encargada`,
  someone: `alguien`,
  negation: `no nunca ningun ninguna`,
  without: `sin`,
  filler: `un una el la real verdad de por favor porfa ahora yo me con`,
};

export const lexicons: Record<Language, Lexicon> = { en, fr, de, es };

/** Who a hand-over word must be about: the customer. */
export const meWords = new Set(["me", "moi", "m'", "mich", "mir"]);

/** "per person", "par personne", "pro Person", "por persona": a count, not someone to talk to. */
export const perWords = new Set(["per", "par", "pro", "por", "each", "chaque", "jede", "cada"]);

/**
 * German glues nouns together ("Kundenberater", "Servicemitarbeiterin"): a word ending in one of these
 * is a person of the business whatever comes before.
 */
export const personSuffixes = ["mitarbeiter", "mitarbeiterin", "berater", "beraterin", "betreuer", "betreuerin"];

/**
 * Real words one typo away from a lexicon word, so never read as that word ("contract" is not "contact").
 */
export const notTypos = new Set(
  `contract contracts teach speaks chart cheat chant stalk parle contacte passe appele transfere`.split(" "),
);
