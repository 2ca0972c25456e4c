// What customers said of the bot's answers.
import type { Counts } from "./admin-api.ts";
import { BarChart } from "./bar-chart.tsx";
import { approval, percent } from "./format.ts";

export function RatingsChart({ totals }: { totals: Counts }) {
  const { up, down } = totals.ratings;
  const liked = approval(totals.ratings);
  return (
    <section class="panel" aria-labelledby="ratings-heading">
      <h2 id="ratings-heading">Ratings</h2>
      {liked === null ? (
        <p class="empty">No customer rated an answer in this period.</p>
      ) : (
        <>
          <p class="hint">{percent(liked)} of rated answers were rated helpful.</p>
          <BarChart
            id="ratings-chart"
            title="Answer ratings"
            bars={[
              { key: "up", label: "Thumbs up", value: up, shown: String(up) },
              { key: "down", label: "Thumbs down", value: down, shown: String(down) },
            ]}
          />
        </>
      )}
    </section>
  );
}
