// Reads the labelled case files of ../shared/data/checks (format in its README) and checks every line.
import { readFileSync } from "node:fs";
import { z } from "zod";

const caseSchema = z.object({
  id: z.string(),
  check: z.string().min(1),
  customer: z.string(),
  history: z.array(z.object({ role: z.enum(["customer", "bot", "agent"]), text: z.string() })).default([]),
  knowledge: z.array(z.string()).default([]),
  reply: z.string().nullish(),
  expect: z.enum(["pass", "block"]),
});

export type EvalCase = z.output<typeof caseSchema>;

export class CaseFileError extends Error {}

export function readCases(file: string): EvalCase[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new CaseFileError(`${file}: cannot read (${(error as Error).message})`);
  }
  const cases: EvalCase[] = [];
  text.split("\n").forEach((line, index) => {
    if (line.trim() === "") return;
    const where = `${file}:${index + 1}`;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (error) {
      throw new CaseFileError(`${where}: not valid JSON (${(error as Error).message})`);
    }
    const parsed = caseSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new CaseFileError(`${where}: field "${issue.path.join(".") || "(line)"}": ${issue.message}`);
    }
    cases.push(parsed.data);
  });
  return cases;
}
