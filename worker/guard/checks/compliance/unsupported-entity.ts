// The exact-entity rule: every amount, date, duration, number, email and link of a draft must be found
// in the knowledge (or in the customer's own message, which may give an order number).
import { fold } from "../../text/words.ts";
import { entities, type Entity } from "./entities.ts";

export interface EntityMismatch {
  stated: Entity;
  /** The knowledge's entity of the same kind, when there is one to compare with. */
  known?: Entity;
}

// Knowledge often spells small numbers out ("two weeks"); a draft that writes "2" states the same.
const NUMBER_WORDS: Record<string, number> = Object.fromEntries(
  [
    "zero one two three four five six seven eight nine ten eleven twelve",
    "zero un deux trois quatre cinq six sept huit neuf dix onze douze",
    "null eins zwei drei vier funf sechs sieben acht neun zehn elf zwolf",
    "cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce",
  ].flatMap((list) => list.split(" ").map((word, n) => [word, n] as const)),
);
NUMBER_WORDS["une"] = 1;
NUMBER_WORDS["ein"] = 1;
NUMBER_WORDS["eine"] = 1;
NUMBER_WORDS["una"] = 1;
// The spelled-out numbers of a text, as whole words; one scan rather than a lookup for every word.
const NUMBER_WORD = new RegExp(`(?<!\\p{L})(?:${Object.keys(NUMBER_WORDS).join("|")})(?!\\p{L})`, "gu");

/** The facts one text states: its entities, and the numbers it carries, spelled out or not. */
export interface TextFacts {
  list: Entity[];
  values: number[];
}

export function textFacts(text: string): TextFacts {
  const list = entities(text);
  const values = list.flatMap((e) => (e.value === undefined ? [] : [e.value]));
  for (const [word] of fold(text.toLowerCase()).matchAll(NUMBER_WORD)) values.push(NUMBER_WORDS[word]!);
  return { list, values };
}

interface KnownEntities {
  keys: Set<string>;
  values: Set<number>;
  list: Entity[];
}

/** The first entity of `draft` that none of `sources` states. */
export function unsupportedEntity(draft: string, sources: readonly TextFacts[]): EntityMismatch | undefined {
  const list = sources.flatMap((s) => s.list);
  const known: KnownEntities = { keys: new Set(list.map((e) => e.key)), values: new Set(sources.flatMap((s) => s.values)), list };
  for (const stated of entities(draft)) {
    if (known.keys.has(stated.key)) continue;
    // A bare number is backed by any fact carrying it ("30" by "30 days"), and a unit-less number in the
    // knowledge backs an amount or duration with that number.
    if (stated.value !== undefined && known.values.has(stated.value) && (stated.kind === "number" || !hasSameKind(stated, known))) {
      continue;
    }
    return { stated, known: closest(stated, known.list) };
  }
  return undefined;
}

function hasSameKind(stated: Entity, known: KnownEntities): boolean {
  return known.list.some((e) => e.kind === stated.kind && unitOf(e) === unitOf(stated));
}

/** The knowledge entity an agent should compare with: same kind and unit, else same kind. */
function closest(stated: Entity, list: readonly Entity[]): Entity | undefined {
  const sameKind = list.filter((e) => e.kind === stated.kind);
  return sameKind.find((e) => unitOf(e) === unitOf(stated)) ?? sameKind[0];
}

function unitOf(entity: Entity): string {
  return entity.key.split(":")[2] ?? "";
}
