// Download buttons for an export in CSV and JSON. A plain link cannot carry the bearer header, so the file
// is fetched here and handed to the browser as a Blob under a name that says what and when it covers.
import { useState } from "preact/hooks";
import { ApiError } from "../lib/http.ts";
import { problemText, useSession } from "./session.ts";

type Format = "csv" | "json";

interface ExportButtonsProps {
  /** What the export is of, for the buttons' accessible names ("analytics", "audit trail"). */
  subject: string;
  /** File name without extension. */
  name: string;
  fetchExport: (format: Format) => Promise<Blob>;
}

export function ExportButtons({ subject, name, fetchExport }: ExportButtonsProps) {
  const { refused } = useSession();
  const [busy, setBusy] = useState<Format | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const save = async (format: Format) => {
    setBusy(format);
    setProblem(null);
    try {
      const url = URL.createObjectURL(await fetchExport(format));
      const link = document.createElement("a");
      link.href = url;
      link.download = `${name}.${format}`;
      link.click();
      // The click has handed the Blob to the download manager; the URL is only needed until then.
      setTimeout(() => URL.revokeObjectURL(url), 0);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return refused();
      setProblem(`The ${format.toUpperCase()} export failed: ${problemText(error)}`);
    } finally {
      setBusy(null);
    }
  };

  return (
    <span class="exports">
      {(["csv", "json"] as const).map((format) => (
        <button key={format} type="button" class="link" disabled={busy !== null} aria-label={`Download ${subject} as ${format.toUpperCase()}`} onClick={() => void save(format)}>
          {busy === format ? "Preparing…" : format.toUpperCase()}
        </button>
      ))}
      {problem && (
        <span class="problem" role="alert">
          {problem}
        </span>
      )}
    </span>
  );
}
