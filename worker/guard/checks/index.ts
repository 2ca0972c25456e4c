// Every checkpoint, in the order the pipeline runs them within a stage (cheapest and most decisive first).
import type { Checkpoint } from "../types.ts";
import { compliance } from "./compliance.ts";
import { exclusion } from "./exclusion.ts";
import { heat } from "./heat.ts";
import { humanRequest } from "./human-request.ts";
import { injection } from "./injection.ts";
import { language } from "./language.ts";
import { loop } from "./loop.ts";
import { outputPolicy } from "./output-policy.ts";
import { relevance } from "./relevance.ts";
import { repeat } from "./repeat.ts";

export const checkpoints: readonly Checkpoint[] = [
  humanRequest,
  exclusion,
  injection,
  language,
  heat,
  loop,
  relevance,
  compliance,
  repeat,
  outputPolicy,
];

export function findCheckpoint(id: string): Checkpoint | undefined {
  return checkpoints.find((c) => c.id === id);
}
