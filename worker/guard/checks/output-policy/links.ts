// Links in a reply, and whether a site allows them. A link elsewhere can be phishing or a competitor.

// A scheme or "www." marks a link; a bare host ("shop.example.com/returns") counts when it ends in a common
// top-level domain, so "e.g." or "19.99" never read as links.
const LINK = /(?<![@\p{L}\p{N}.-])(?:(?:https?:\/\/|www\.)[^\s<>"'()[\]]+|(?:[a-z0-9-]+\.)+(?:com|org|net|io|co|app|dev|shop|store|info|biz|eu|uk|fr|de|es|be|ch|at|nl|it|us|ca|me|ly|gl)(?:\/[^\s<>"'()[\]]*)?(?![\p{L}\p{N}@-]))/giu;

export interface Link {
  text: string;
  host: string;
}

export function findLinks(text: string): Link[] {
  const out: Link[] = [];
  for (const match of text.matchAll(LINK)) {
    const link = match[0].replace(/[.,;:!?]+$/, "");
    const host = hostOf(link);
    if (host) out.push({ text: link, host });
  }
  return out;
}

/** A host is allowed when it is one of the domains or a subdomain of one ("help.shop.example"). */
export function isAllowedHost(host: string, allowedDomains: readonly string[]): boolean {
  return allowedDomains.some((domain) => {
    const d = domain.toLowerCase().replace(/^\.+|\.+$/g, "");
    return host === d || host.endsWith(`.${d}`);
  });
}

function hostOf(link: string): string | undefined {
  try {
    return new URL(/^https?:\/\//i.test(link) ? link : `https://${link}`).hostname.toLowerCase().replace(/^www\./, "");
  } catch {
    return undefined;
  }
}
