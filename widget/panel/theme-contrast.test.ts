// WCAG 2.2 AA for the default theme: 4.5:1 for text, 3:1 for what identifies a control (the message box's
// border). The colours are read from the stylesheets themselves, so changing a default there is checked.
import { describe, expect, it } from "vitest";
import { DEFAULT_ACCENT } from "../embed/launcher.ts";
import { panelCss } from "./styles.ts";

type Rgb = [number, number, number];

/** Every token of the panel with its default: "--_muted:var(--steward-muted,#59636e)". */
function tokens(css: string): Map<string, Rgb> {
  const found = new Map<string, Rgb>();
  for (const [, name, hex] of css.matchAll(/--_([\w-]+):var\(--steward-[\w-]+,(#[0-9a-f]{6})\)/gi)) found.set(name, rgb(hex));
  return found;
}

function rgb(hex: string): Rgb {
  return [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)) as Rgb;
}

function luminance([r, g, b]: Rgb): number {
  const linear = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** A colour drawn at `alpha` over `below`, as the browser composites it. */
function over(color: Rgb, alpha: number, below: Rgb): Rgb {
  return color.map((c, i) => Math.round(alpha * c + (1 - alpha) * below[i])) as Rgb;
}

const theme = tokens(panelCss);
const colour = (name: string) => {
  const found = name === "accent" ? rgb(DEFAULT_ACCENT) : name === "on-accent" ? rgb("#ffffff") : theme.get(name);
  if (!found) throw new Error(`no default for --_${name} in the panel's stylesheet`);
  return found;
};

// [what the visitor reads, text token, background token]
const textPairs: [string, string, string][] = [
  ["messages and the panel's text", "text", "surface"],
  ["names, delivery notes, system lines, the counter", "muted", "surface"],
  ["the bot's answers", "text", "bubble"],
  ["the rating's thanks under an answer", "muted", "surface"],
  ["an agent's answers", "text", "agent-bubble"],
  ["links in the bot's answers", "link", "bubble"],
  ["links in an agent's answers", "link", "agent-bubble"],
  ["the customer's own messages and the header", "on-accent", "accent"],
  ["a pending message", "text", "surface"],
  ["'a person has been asked for'", "muted", "subtle"],
  ["the offline and confirmation banners", "warning-text", "warning-surface"],
  ["error banners, refused messages, the erase question", "error-text", "error-surface"],
  ["'Not sent', the length limit", "error-strong", "surface"],
  ["the Erase button", "surface", "error-strong"],
];

describe("the default theme's contrast", () => {
  it.each(textPairs)("%s: at least 4.5:1", (_what, text, background) => {
    expect(contrast(colour(text), colour(background))).toBeGreaterThanOrEqual(4.5);
  });

  it("keeps the header's state line at 4.5:1 though it is drawn at 90% opacity", () => {
    const accent = colour("accent");
    expect(contrast(over(colour("on-accent"), 0.9, accent), accent)).toBeGreaterThanOrEqual(4.5);
  });

  it("outlines the message box at 3:1 against the panel", () => {
    expect(contrast(colour("field-border"), colour("surface"))).toBeGreaterThanOrEqual(3);
  });

  it("checks every text colour the stylesheet declares", () => {
    const decorative = new Set(["divider", "warning-border", "error-border", "dots", "field-border"]);
    const checked = new Set(textPairs.flatMap(([, text, background]) => [text, background]));
    expect([...theme.keys()].filter((name) => !decorative.has(name) && !checked.has(name))).toEqual([]);
    // Colours written outside the token block would escape this test.
    const outside = panelCss.replace(/--_[\w-]+:var\(--steward-[\w-]+,#[0-9a-f]{6}\)/gi, "");
    expect(outside.match(/#[0-9a-f]{3,8}\b/gi) ?? []).toEqual([]);
  });
});
