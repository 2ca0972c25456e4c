// heat: the customer is angry or frustrated now, or has been growing so over the last turns.
// Each customer turn's heat carries into the next at half strength: three testy messages in a row add
// up to more than one, and a calm message lets the heat cool down. The cues of every supported language
// are read whatever the detected language: angry messages are short and mix languages ("c'est une arnaque, wtf").
import type { Checkpoint, Finding } from "../types.ts";
import { eitherEvidence } from "../text/cues.ts";
import { KIND_LABELS, type HeatKind } from "./heat/cues.ts";
import { messageHeat } from "./heat/message-heat.ts";

/** Share of a turn's heat still felt one customer turn later. */
export const CARRY_OVER = 0.5;
// After this many turns the carried heat is below 0.1% of what it was: older turns are not read.
const TURNS_READ = 10;

export const heat: Checkpoint = {
  id: "heat",
  stage: "pre",
  defaultThreshold: 0.5,
  blocksWhen: "above",
  evaluate(input, threshold): Finding {
    const kinds = new Set<HeatKind>();
    let level = 0;
    let heatedTurns = 0;
    // The customer's turns, then this message, pushed rather than mapped: a mapped array is packed or holey
    // depending on whether V8 has optimised the code that made it, and optimised code meeting a new kind is redone.
    const texts: string[] = [];
    for (const turn of input.history) if (turn.role === "customer") texts.push(turn.text);
    texts.push(input.message);
    for (let i = Math.max(0, texts.length - (TURNS_READ + 1)); i < texts.length; i++) {
      const turn = messageHeat(texts[i]!);
      level = eitherEvidence(turn.score, CARRY_OVER * level);
      if (turn.hits.length > 0) heatedTurns++;
      else heatedTurns = 0;
      for (const hit of turn.hits) kinds.add(hit.kind);
    }
    const verdict = level >= threshold ? "block" : "pass";
    return { verdict, score: level, threshold, reason: explain(verdict === "block", level, kinds, heatedTurns) };
  },
};

function explain(angry: boolean, level: number, kinds: Set<HeatKind>, heatedTurns: number): string {
  if (kinds.size === 0 || level < 0.05) return "The customer sounds calm.";
  const signs = [...kinds].map((k) => KIND_LABELS[k]);
  const list = signs.length > 1 ? `${signs.slice(0, -1).join(", ")} and ${signs.at(-1)}` : signs[0];
  const span = heatedTurns > 1 ? ` over ${heatedTurns} turns` : "";
  if (angry) return `The customer is angry: ${list}${span}.`;
  return `The customer may be annoyed (${list}), not enough to stop the bot.`;
}
