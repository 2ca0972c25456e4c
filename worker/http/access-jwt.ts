// Cloudflare Access in front of the agent inbox: the JWT Access adds to each request
// (Cf-Access-Jwt-Assertion) is verified against the team's published keys, issuer and audience.
// https://developers.cloudflare.com/cloudflare-one/identity/authorization-cookie/validating-json/

export interface AccessConfig {
  /** e.g. "myteam.cloudflareaccess.com" */
  teamDomain: string;
  /** The Access application's audience tag. */
  audience: string;
}

export interface AccessIdentity {
  email: string;
}

interface Jwk extends JsonWebKey {
  kid?: string;
}

const KEYS_TTL_MS = 10 * 60_000;
const keyCache = new Map<string, { fetchedAt: number; keys: Jwk[] }>();
const decoder = new TextDecoder();

/** The identity in a valid token, or null for anything else (bad signature, wrong audience, expired...). */
export async function verifyAccessJwt(token: string, config: AccessConfig, nowSeconds: number): Promise<AccessIdentity | null> {
  const parts = token.split(".");
  if (parts.length !== 3) return null;
  const [headerPart, payloadPart, signaturePart] = parts as [string, string, string];
  const header = decodeJson(headerPart) as { alg?: string; kid?: string } | null;
  const payload = decodeJson(payloadPart) as { aud?: string | string[]; iss?: string; exp?: number; nbf?: number; email?: string } | null;
  const signature = decodeBase64url(signaturePart);
  if (!header || !payload || !signature || header.alg !== "RS256") return null;

  const key = (await teamKeys(config.teamDomain)).find((k) => k.kid === header.kid);
  if (!key) return null;
  const publicKey = await crypto.subtle.importKey("jwk", key, { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" }, false, ["verify"]);
  const signed = new TextEncoder().encode(`${headerPart}.${payloadPart}`);
  if (!(await crypto.subtle.verify("RSASSA-PKCS1-v1_5", publicKey, signature, signed))) return null;

  const audiences = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
  if (!audiences.includes(config.audience)) return null;
  if (payload.iss !== `https://${config.teamDomain}`) return null;
  if (typeof payload.exp !== "number" || payload.exp <= nowSeconds) return null;
  if (typeof payload.nbf === "number" && payload.nbf > nowSeconds + 60) return null;
  if (typeof payload.email !== "string" || payload.email === "") return null;
  return { email: payload.email };
}

/** The team's signing keys, cached per isolate; refetched when stale (Access rotates them). */
async function teamKeys(teamDomain: string): Promise<Jwk[]> {
  const cached = keyCache.get(teamDomain);
  if (cached && Date.now() - cached.fetchedAt < KEYS_TTL_MS) return cached.keys;
  const response = await fetch(`https://${teamDomain}/cdn-cgi/access/certs`, { signal: AbortSignal.timeout(5000) });
  if (!response.ok) throw new Error(`Access keys: HTTP ${response.status}`);
  const { keys } = (await response.json()) as { keys: Jwk[] };
  keyCache.set(teamDomain, { fetchedAt: Date.now(), keys });
  return keys;
}

function decodeJson(part: string): unknown {
  const bytes = decodeBase64url(part);
  if (!bytes) return null;
  try {
    return JSON.parse(decoder.decode(bytes));
  } catch {
    return null;
  }
}

function decodeBase64url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    return Uint8Array.from(atob(text.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}
