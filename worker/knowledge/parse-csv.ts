// CSV uploads: question/answer pairs, such as an export of support macros. RFC 4180 quoting (papaparse).
// Header row: question, answer, and optionally id, language, tags (any order, any case). Rows are numbered as a
// spreadsheet shows them: the header is row 1, so a cell spanning several lines still counts as one row.
import Papa from "papaparse";
import { fold } from "../guard/text/words.ts";
import type { ParseResult } from "./article.ts";
import { validateArticles, type Candidate } from "./validate-articles.ts";

const COLUMNS = ["question", "answer", "id", "language", "tags"] as const;
type Column = (typeof COLUMNS)[number];
/** Spreadsheets in French or German locales export with ";"; the header row tells which one was used. */
const DELIMITERS = [",", ";", "\t", "|"];
const FIELD_COLUMN: Record<string, Column> = { title: "question", text: "answer" };

export function parseCsvArticles(body: string): ParseResult {
  const text = body.replace(/^\uFEFF/, "");
  const headerLine = text.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = DELIMITERS.find((d) => hasRequiredColumns(headerLine.split(d)));
  if (!delimiter) {
    const cells = headerLine.split(",").map(columnName);
    const missing = ["question", "answer"].filter((c) => !cells.includes(c));
    return { ok: false, errors: missing.map((c) => `row 1: missing "${c}" column`) };
  }
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const errors = parsed.errors.map((e) => `row ${(e.row ?? 0) + 1}: ${e.message}`);
  const [header, ...rows] = parsed.data;
  const position = new Map<Column, number>();
  header.forEach((cell, i) => {
    const name = columnName(cell);
    if ((COLUMNS as readonly string[]).includes(name) && !position.has(name as Column)) position.set(name as Column, i);
  });

  const takenIds = new Set(rows.map((row) => cellOf(row, position, "id")).filter(Boolean));
  const candidates: Candidate[] = [];
  rows.forEach((row, i) => {
    if (row.every((cell) => cell.trim() === "")) return;
    const where = `row ${i + 2}`;
    const question = cellOf(row, position, "question");
    const tags = cellOf(row, position, "tags");
    candidates.push({
      value: {
        // A row with no question fails on that alone; its stand-in id keeps "id: required" from adding noise.
        id: cellOf(row, position, "id") || uniqueId(question ? slugOf(question) : `row-${i + 2}`, takenIds),
        title: question,
        text: cellOf(row, position, "answer"),
        language: cellOf(row, position, "language") || undefined,
        tags: tags ? tags.split(/[,;|]/).map((tag) => tag.trim()).filter(Boolean) : undefined,
      },
      where,
      describe: (field, problem) => `${where}, ${FIELD_COLUMN[field] ?? field.replace(/\[\d+\]$/, "")}: ${problem}`,
    });
  });
  return validateArticles(candidates, errors);
}

function hasRequiredColumns(cells: string[]): boolean {
  const names = cells.map(columnName);
  return names.includes("question") && names.includes("answer");
}

function columnName(cell: string): string {
  return cell.trim().replace(/^"|"$/g, "").trim().toLowerCase();
}

function cellOf(row: string[], position: Map<Column, number>, column: Column): string {
  const i = position.get(column);
  return i === undefined ? "" : (row[i] ?? "").trim();
}

/** "Where is my order?" → "where-is-my-order": readable, and stable across uploads of the same export. */
function slugOf(question: string): string {
  const slug = fold(question.toLowerCase())
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return slug || `q-${hashOf(question)}`;
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** FNV-1a, hex: a short stable id for questions with no Latin letters or digits. */
function hashOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, "0");
}
