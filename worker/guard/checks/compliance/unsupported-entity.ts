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
  const values: number[] = [];
  for (const e of list) if (e.value !== undefined) values.push(e.value);
  for (const [word] of fold(text.toLowerCase()).matchAll(NUMBER_WORD)) values.push(NUMBER_WORDS[word]!);
  return { list, values };
}

/**
 * The first entity of `draft` that none of `sources` states. The sources are scanned for each entity of the
 * draft rather than gathered into sets: most drafts state none, or one or two, and sets of every source's
 * keys and values were garbage made for every message.
 */
export function unsupportedEntity(draft: string, sources: readonly TextFacts[]): EntityMismatch | undefined {
  for (const stated of entities(draft)) {
    if (statesKey(sources, stated.key)) continue;
    // A bare number is backed by any fact carrying it ("30" by "30 days"), and a unit-less number in the
    // knowledge backs an amount or duration with that number.
    if (stated.value !== undefined && carriesValue(sources, stated.value) && (stated.kind === "number" || !hasSameKind(stated, sources))) {
      continue;
    }
    return { stated, known: closest(stated, sources) };
  }
  return undefined;
}

function statesKey(sources: readonly TextFacts[], key: string): boolean {
  for (const source of sources) for (const e of source.list) if (e.key === key) return true;
  return false;
}

function carriesValue(sources: readonly TextFacts[], value: number): boolean {
  for (const source of sources) if (source.values.includes(value)) return true;
  return false;
}

function hasSameKind(stated: Entity, sources: readonly TextFacts[]): boolean {
  for (const source of sources) for (const e of source.list) if (e.kind === stated.kind && unitOf(e) === unitOf(stated)) return true;
  return false;
}

/** The knowledge entity an agent should compare with: same kind and unit, else same kind. */
function closest(stated: Entity, sources: readonly TextFacts[]): Entity | undefined {
  let sameKind: Entity | undefined;
  for (const source of sources) {
    for (const e of source.list) {
      if (e.kind !== stated.kind) continue;
      if (unitOf(e) === unitOf(stated)) return e;
      sameKind ??= e;
    }
  }
  return sameKind;
}

function unitOf(entity: Entity): string {
  return entity.key.split(":")[2] ?? "";
}
