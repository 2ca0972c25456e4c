// Light Markdown → plain-text blocks under their headings. Article text is stored as the owner wrote it; replies
// quote passages verbatim, so the passages must read as plain chat text: no "**", no "[label](url)" syntax.
import { Lexer, type Token, type Tokens } from "marked";

export interface Block {
  /** The nearest heading above the block, if any. */
  heading?: string;
  /** A paragraph, a list (one item a line), a table (one row a line), or a code block. */
  text: string;
}

export function markdownBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  let heading: string | undefined;
  const visit = (tokens: Token[]) => {
    for (const token of tokens) {
      if (token.type === "heading") heading = inlineText((token as Tokens.Heading).tokens) || undefined;
      else if (token.type === "blockquote") visit((token as Tokens.Blockquote).tokens);
      else {
        const text = blockText(token).trim();
        if (text) blocks.push(heading ? { heading, text } : { text });
      }
    }
  };
  visit(new Lexer().lex(markdown));
  return blocks;
}

function blockText(token: Token): string {
  switch (token.type) {
    case "paragraph":
    case "text":
      return inlineText((token as Tokens.Text).tokens, (token as Tokens.Text).text);
    case "list":
      return listLines(token as Tokens.List).join("\n");
    case "table":
      return tableLines(token as Tokens.Table).join("\n");
    case "code":
      return (token as Tokens.Code).text;
    case "html":
      return decodeEntities((token as Tokens.HTML).text.replace(/<[^>]*>/g, " ")).replace(/[ \t]+/g, " ");
    default:
      return "";
  }
}

function listLines(list: Tokens.List): string[] {
  const start = typeof list.start === "number" ? list.start : 1;
  return list.items.flatMap((item, i) => {
    const marker = list.ordered ? `${start + i}.` : "-";
    const own = item.tokens.filter((t) => t.type !== "list").map(blockText).filter(Boolean).join(" ");
    const nested = item.tokens.filter((t): t is Tokens.List => t.type === "list").flatMap(listLines);
    return [`${marker} ${own}`, ...nested];
  });
}

/** "Plan: Pro; Price: 20 €" per row: each line still says what its numbers are. */
function tableLines(table: Tokens.Table): string[] {
  const header = table.header.map((cell) => inlineText(cell.tokens));
  return table.rows.map((row) =>
    row.map((cell, j) => (header[j] ? `${header[j]}: ${inlineText(cell.tokens)}` : inlineText(cell.tokens))).join("; "),
  );
}

function inlineText(tokens: Token[] | undefined, fallback = ""): string {
  if (!tokens) return decodeEntities(fallback);
  return tokens.map(inlineToken).join("").trim();
}

function inlineToken(token: Token): string {
  switch (token.type) {
    case "text": {
      const text = token as Tokens.Text;
      // A single line break inside a paragraph is a space in Markdown.
      return text.tokens ? inlineText(text.tokens) : decodeEntities(text.text).replace(/[ \t]*\n[ \t]*/g, " ");
    }
    case "escape":
      return (token as Tokens.Escape).text;
    case "strong":
    case "em":
    case "del":
      return inlineText((token as Tokens.Strong).tokens);
    case "codespan":
      return decodeEntities((token as Tokens.Codespan).text);
    case "link": {
      const link = token as Tokens.Link;
      const label = inlineText(link.tokens);
      const target = link.href.replace(/^mailto:/i, "");
      return label && label !== target ? `${label} (${target})` : target;
    }
    case "image":
      return (token as Tokens.Image).text;
    case "br":
      return "\n";
    default:
      return "";
  }
}

const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] !== "#") return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
    const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}
