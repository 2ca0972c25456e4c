// Words that say the same thing, so a faithful paraphrase ("bought" for "purchased", "began" for
// "started") is not taken for new content. Hand-written and general: common verbs with their irregular
// forms, everyday synonyms, spelling variants; nothing that changes a fact ("many" is not "most",
// "shipped" is not "delivered"). Broader words are one-way: a passage about a novel backs a reply about
// a book, not the other way round.
import type { Language } from "./language.ts";
import { stem } from "./stem.ts";
import { fold } from "./words.ts";

// One group a line, words separated by spaces.
const same: Record<Language, string> = {
  en: `begin began begun start started commence launch
end ended finish finished conclude
buy bought purchase acquire
sell sold
make made create produce manufacture
build built construct
write wrote written
grow grew grown
know knew known
find discover
give gave given provide supply
take took taken
come came
go went gone
win won
lead led
hold held
leave left
speak spoke spoken talk
choose chose chosen select
rise rose risen increase raise boost
fall fell fallen decrease decline drop reduce
bring brought
think thought
teach taught
see saw seen
pay paid
send sent
spend spent
get got gotten obtain receive
keep kept retain maintain
meet met
tell told inform
say said assert declare
hear heard
understand understood
lose lost
break broke broken
throw threw thrown
fly flew flown
draw drew drawn
sing sang sung
run ran
die died death dead
born birth
allow allowed permit let enable
use used employ utilize utilise
help assist aid
need require
try attempt
show depict portray display
call called name named termed dub dubbed title titled
move moved relocate
live reside inhabit
happen occur
change alter modify
include contain comprise
own owned possess
fix repair
stop cease halt
often frequently commonly
usually typically generally normally
mainly mostly primarily chiefly largely predominantly principally
about approximately around roughly
nearly almost
big large
biggest largest
small little
huge enormous massive vast
hard difficult
easy simple
fast quick rapid swift
quickly rapidly swiftly
famous renowned celebrated
important significant crucial vital essential
main principal primary chief
common widespread prevalent
rare uncommon unusual
whole entire
same identical
different distinct
similar alike comparable
originally initially
later subsequently afterwards
previously formerly earlier
worldwide globally internationally
country nation
area region zone territory
company firm business corporation enterprise
shop store
film movie
series programme program
song tune
writer author
doctor physician
lawyer attorney
tv television
photo photograph picture image
kid kids child children
people persons individuals
job occupation profession
aim goal objective purpose target
kind type sort variety
part portion section piece
maximum max
minimum min
price cost fee
cheap inexpensive affordable
expensive costly pricey
customer client
item product
phone telephone
website site
question query inquiry enquiry
problem issue trouble
mistake error
colour color
centre center
favourite favorite
organisation organization
realise realize
first 1st
second 2nd
third 3rd
fourth 4th
fifth 5th`,
  fr: `commencer debuter demarrer
finir terminer achever
acheter acquerir
donner fournir offrir
recevoir obtenir
permettre autoriser
utiliser employer
aider assister
changer modifier
reparer corriger
arreter cesser
souvent frequemment
generalement habituellement normalement
principalement surtout essentiellement
environ approximativement
presque quasiment
grand gros
rapide vite
important essentiel crucial
entreprise societe firme
magasin boutique
client cliente
article produit
prix cout tarif
probleme souci
erreur faute
courriel email mail
telephone portable mobile`,
  de: `beginnen anfangen starten
beenden abschließen abschliessen
kaufen erwerben
geben liefern bereitstellen
bekommen erhalten
erlauben gestatten ermoglichen
benutzen verwenden nutzen
helfen unterstutzen
andern verandern
reparieren beheben
oft haufig
meistens normalerweise gewohnlich ublicherweise
etwa ungefahr circa
fast beinahe
groß gross
schnell rasch
wichtig wesentlich entscheidend
firma unternehmen betrieb
kunde kundin
artikel produkt ware
preis kosten gebuhr
problem schwierigkeit
fehler irrtum
email mail
telefon handy`,
  es: `empezar comenzar iniciar
terminar acabar finalizar
comprar adquirir
dar proporcionar ofrecer
recibir obtener
permitir autorizar
usar utilizar emplear
ayudar asistir
cambiar modificar
reparar arreglar
generalmente normalmente habitualmente
aproximadamente alrededor
rapido veloz
importante esencial crucial
empresa compañia firma
tienda comercio
cliente clienta
articulo producto
precio costo coste tarifa
problema inconveniente
error fallo
correo email
telefono movil celular`,
};

// The narrower words after each broader one: the broader word is supported by any of them.
const broader: Record<Language, string> = {
  en: `book novel
song single
animal dog cat horse bird fish mammal insect bee cow sheep
musician singer guitarist drummer bassist pianist violinist keyboardist rapper
writer novelist poet journalist screenwriter
vehicle car truck bus bicycle bike motorcycle
plant tree flower shrub
sport football soccer basketball baseball tennis golf hockey rugby cycling skiing bowling
color green red blue yellow white black orange purple brown`,
  fr: `livre roman
animal chien chat cheval oiseau poisson
vehicule voiture camion bus velo moto`,
  de: `buch roman
tier hund katze pferd vogel fisch
fahrzeug auto wagen lkw bus fahrrad motorrad`,
  es: `libro novela
animal perro gato caballo pajaro pez
vehiculo coche auto carro camion autobus bicicleta moto`,
};

interface Table {
  /** Stem → the stem of its group's first word. */
  concept: Map<string, string>;
  /** Stem → the concepts of the broader words it supports. */
  wider: Map<string, string[]>;
}

const tables = new Map<Language, Table>();

const stemOf = (word: string, language: Language) => fold(stem(word, language));

function table(language: Language): Table {
  let built = tables.get(language);
  if (!built) {
    built = build(language);
    tables.set(language, built);
  }
  return built;
}

// Apart from table(), which runs for every term: a function whose parameter a closure captures allocates a
// context for it on every call, even when the closure is never made.
function build(language: Language): Table {
  const built: Table = { concept: new Map(), wider: new Map() };
  for (const line of same[language].split("\n")) {
    const stems = line.trim().split(/\s+/).map((w) => stemOf(w, language));
    for (const s of stems) if (!built.concept.has(s)) built.concept.set(s, stems[0]!);
  }
  for (const line of broader[language].split("\n")) {
    const [wide, ...narrow] = line.trim().split(/\s+/).map((w) => stemOf(w, language));
    const concept = built.concept.get(wide!) ?? wide!;
    for (const n of narrow) built.wider.set(n, [...(built.wider.get(n) ?? []), concept]);
  }
  return built;
}

/** The term that stands for a stemmed term's group of synonyms (the term itself when it has none). */
export function conceptOf(term: string, language: Language): string {
  return table(language).concept.get(term) ?? term;
}

const NONE: readonly string[] = [];

/** The concepts of the broader words a stemmed term backs ("novel" → "book"), none for most terms. */
export function broaderConcepts(term: string, language: Language): readonly string[] {
  return table(language).wider.get(term) ?? NONE;
}
