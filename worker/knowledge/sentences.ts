// Sentences of a passage, by the platform's Unicode segmenter (no bundle cost in Workers). A line break ends
// a sentence too, so each list item or table row stands alone.
const segmenters = new Map<string, Intl.Segmenter>();

export function sentences(text: string, language = "en"): string[] {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: "sentence" });
    segmenters.set(language, segmenter);
  }
  const out: string[] = [];
  for (const { segment } of segmenter.segment(text)) {
    const sentence = segment.trim();
    if (sentence) out.push(sentence);
  }
  return out;
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
