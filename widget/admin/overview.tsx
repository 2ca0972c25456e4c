// The overview of a reporting period: headline numbers, the charts, the exports and the shadow report.
import type { Mode } from "./admin-api.ts";
import { AutomationChart } from "./automation-chart.tsx";
import { CheckChart } from "./check-chart.tsx";
import type { DateRange } from "./date-range.ts";
import { EscalationChart } from "./escalation-chart.tsx";
import { ExportButtons } from "./export-buttons.tsx";
import { Headline } from "./headline.tsx";
import { RangeForm } from "./range-form.tsx";
import { RatingsChart } from "./ratings-chart.tsx";
import { useLoad, useSession } from "./session.ts";
import { ShadowPanel } from "./shadow-panel.tsx";

interface OverviewProps {
  range: DateRange;
  onRange: (range: DateRange) => void;
  mode: Mode | undefined;
}

export function Overview({ range, onRange, mode }: OverviewProps) {
  const { api, siteId } = useSession();
  const analytics = useLoad((signal) => api.analytics(range, signal), [api, range.from, range.to]);
  const data = analytics.data;
  return (
    <main class="overview" aria-busy={analytics.loading}>
      <div class="toolbar">
        <RangeForm range={range} onChange={onRange} />
        <span class="muted">Export</span>
        <ExportButtons subject="analytics" name={`steward-${siteId}-analytics-${range.from}-to-${range.to}`} fetchExport={(format) => api.analyticsExport(range, format)} />
      </div>
      {analytics.error && (
        <p class="problem" role="alert">
          The analytics could not be loaded: {analytics.error}
        </p>
      )}
      {!data && !analytics.error && <p class="empty">Loading the analytics…</p>}
      {data && (
        <>
          <Headline totals={data.totals} />
          <div class="panels">
            <AutomationChart analytics={data} />
            <EscalationChart totals={data.totals} />
            <CheckChart checks={data.checks} />
            <RatingsChart totals={data.totals} />
          </div>
        </>
      )}
      <ShadowPanel range={range} mode={mode} />
    </main>
  );
}
