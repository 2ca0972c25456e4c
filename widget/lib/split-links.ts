// Which parts of a bot's or an agent's message may be links. Only http(s) addresses whose host is one of
// the site's allowed link domains (or below one) become links; every other address stays text, so a
// reply cannot send the customer somewhere the site did not vouch for. The same rule as the Worker's
// output_policy check: the host decides, so "https://shop.example@evil.example" is evil.example.

export interface Link {
  href: string;
  text: string;
}

export type Segment = string | Link;

const ADDRESS = /\bhttps?:\/\/[^\s<>"'`]+/gi;
/** Punctuation that ends a sentence rather than the address it follows. */
const TRAILING = /[.,;:!?'"»”’…]$/;

export function splitLinks(text: string, allowedDomains: readonly string[]): Segment[] {
  const domains = allowedDomains.map(normalizeDomain).filter((domain): domain is string => domain !== undefined);
  if (domains.length === 0) return [text];
  const segments: Segment[] = [];
  let rest = 0;
  for (const match of text.matchAll(ADDRESS)) {
    const address = trimAddress(match[0]);
    const href = allowedHref(address, domains);
    if (!href) continue;
    if (match.index > rest) segments.push(text.slice(rest, match.index));
    segments.push({ href, text: address });
    rest = match.index + address.length;
  }
  if (rest < text.length) segments.push(text.slice(rest));
  return segments;
}

/** "(see https://a.example/x)." ends at "x": closing brackets count only when the address opened them. */
function trimAddress(address: string): string {
  for (;;) {
    const last = address.at(-1)!;
    const opening = { ")": "(", "]": "[", "}": "{" }[last];
    if (TRAILING.test(address) || (opening && address.split(opening).length <= address.split(last).length - 1)) {
      address = address.slice(0, -1);
    } else {
      return address;
    }
  }
}

function allowedHref(address: string, domains: readonly string[]): string | undefined {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return undefined;
  }
  const host = url.hostname.toLowerCase();
  return domains.some((domain) => host === domain || host.endsWith("." + domain)) ? url.href : undefined;
}

/** "*.Shop.example." and "ünïcode.example" as the URL parser writes hosts, so the comparison is like for like. */
function normalizeDomain(domain: string): string | undefined {
  try {
    return new URL("https://" + domain.trim().replace(/^\*?\./, "").replace(/\.$/, "")).hostname.toLowerCase() || undefined;
  } catch {
    return undefined;
  }
}
