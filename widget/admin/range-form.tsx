// The reporting period: two date inputs, applied together so the page loads once per change of mind.
import { useState } from "preact/hooks";
import { rangeProblem, type DateRange } from "./date-range.ts";

interface RangeFormProps {
  range: DateRange;
  onChange: (range: DateRange) => void;
}

export function RangeForm({ range, onChange }: RangeFormProps) {
  const [from, setFrom] = useState(range.from);
  const [to, setTo] = useState(range.to);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (event: Event) => {
    event.preventDefault();
    const next = { from, to };
    const why = rangeProblem(next);
    setProblem(why);
    if (!why) onChange(next);
  };

  return (
    <form class="range" onSubmit={submit} aria-label="Reporting period" noValidate>
      <label>
        From <input type="date" value={from} max={to} onInput={(e) => setFrom(e.currentTarget.value)} aria-invalid={problem ? true : undefined} />
      </label>
      <label>
        To <input type="date" value={to} min={from} onInput={(e) => setTo(e.currentTarget.value)} aria-invalid={problem ? true : undefined} />
      </label>
      <button type="submit">Show</button>
      <span class="muted">Days in UTC</span>
      {problem && (
        <p class="problem" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
