// Builds a Draft the same way for every provider: time measured from the start, passages cited by id and title.
import type { Passage } from "../guard/types.ts";
import type { Draft } from "./types.ts";

export function draftOf(provider: string, model: string, started: number, text: string, used: Passage[], language?: string): Draft {
  return {
    ...(language === undefined ? {} : { language }),
    text,
    provider,
    model,
    ms: Math.round((performance.now() - started) * 1000) / 1000,
    passages: text === "" ? [] : used.map((p) => ({ articleId: p.articleId, title: p.title, score: p.score })),
  };
}
