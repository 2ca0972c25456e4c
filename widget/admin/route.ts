// The page shown lives in the address (#/, #/conversations, #/conversations/<id>), so reload, back and a
// shared link to one conversation's audit trail all work while the Worker serves a single static page.
import { useEffect, useState } from "preact/hooks";

export type Route = { page: "overview" } | { page: "conversations"; id: string | null };

export function parseRoute(hash: string): Route {
  const match = hash.match(/^#\/conversations(?:\/([^/?#]+))?\/?$/);
  if (!match) return { page: "overview" };
  return { page: "conversations", id: match[1] ? decodeURIComponent(match[1]) : null };
}

export function conversationHref(id: string): string {
  return "#/conversations/" + encodeURIComponent(id);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    addEventListener("hashchange", onChange);
    return () => removeEventListener("hashchange", onChange);
  }, []);
  return route;
}
