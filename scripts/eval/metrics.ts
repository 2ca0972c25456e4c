// Confusion counts and the figures the eval command prints; the positive class is "block".

export interface Tally {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
  ms: number[];
}

export interface Scores {
  n: number;
  tp: number;
  fp: number;
  tn: number;
  fn: number;
  accuracy: number;
  precision: number;
  recall: number;
  f1: number;
  balanced_accuracy: number;
  p50_ms: number;
  p99_ms: number;
}

export function emptyTally(): Tally {
  return { tp: 0, fp: 0, tn: 0, fn: 0, ms: [] };
}

export function record(tally: Tally, expectBlock: boolean, predictedBlock: boolean, ms: number): void {
  if (predictedBlock) expectBlock ? tally.tp++ : tally.fp++;
  else expectBlock ? tally.fn++ : tally.tn++;
  tally.ms.push(ms);
}

export function score({ tp, fp, tn, fn, ms }: Tally): Scores {
  const n = tp + fp + tn + fn;
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const specificity = ratio(tn, tn + fp);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const sorted = [...ms].sort((a, b) => a - b);
  return {
    n,
    tp,
    fp,
    tn,
    fn,
    accuracy: round(ratio(tp + tn, n)),
    precision: round(precision),
    recall: round(recall),
    f1: round(f1),
    balanced_accuracy: round((recall + specificity) / 2),
    p50_ms: round(percentile(sorted, 0.5)),
    p99_ms: round(percentile(sorted, 0.99)),
  };
}

export function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
