// Customer tokens: signed (HMAC-SHA256), scoped to one conversation of one site, and expiring.
// Stateless, so checking one costs no storage read.
import { rememberEach } from "../guard/text/remember.ts";

export interface CustomerClaims {
  conversationId: string;
  siteId: string;
  /** Expiry, epoch seconds. */
  expiresAt: number;
}

export const TOKEN_LIFETIME_SECONDS = 30 * 24 * 3600;

const encoder = new TextEncoder();
const keys = new Map<string, Promise<CryptoKey>>();

function hmacKey(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    key = crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, [
      "sign",
      "verify",
    ]);
    keys.set(secret, key);
  }
  return key;
}

export async function signCustomerToken(claims: CustomerClaims, secret: string): Promise<string> {
  const payload = base64url(encoder.encode(JSON.stringify([claims.conversationId, claims.siteId, claims.expiresAt])));
  const signature = await crypto.subtle.sign("HMAC", await hmacKey(secret), encoder.encode(payload));
  return `${payload}.${base64url(new Uint8Array(signature))}`;
}

/**
 * Tokens already checked in this isolate, per secret. A conversation's token comes with every one of its
 * messages, and an HMAC with two base64 decodings each time was a measurable share of a message's CPU.
 * Bounded; expiry is still checked on every use.
 */
const CHECKED_LIMIT = 10_000;
const checkedWith = rememberEach(CHECKED_LIMIT, signedClaims);

/** The claims of a valid, unexpired token, or null. */
export async function verifyCustomerToken(token: string, secret: string, nowSeconds: number): Promise<CustomerClaims | null> {
  const claims = await checkedWith(secret)(token);
  return claims && claims.expiresAt > nowSeconds ? claims : null;
}

/** The claims a token carries if its signature is right (`crypto.subtle.verify` compares in constant time). */
async function signedClaims(token: string, secret: string): Promise<CustomerClaims | null> {
  const [payload, signature, extra] = token.split(".");
  if (!payload || !signature || extra !== undefined) return null;
  const signatureBytes = fromBase64url(signature);
  if (!signatureBytes) return null;
  const valid = await crypto.subtle.verify("HMAC", await hmacKey(secret), signatureBytes, encoder.encode(payload));
  if (!valid) return null;
  const bytes = fromBase64url(payload);
  if (!bytes) return null;
  const [conversationId, siteId, expiresAt] = JSON.parse(new TextDecoder().decode(bytes)) as [string, string, number];
  return { conversationId, siteId, expiresAt };
}

function base64url(bytes: Uint8Array): string {
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    return Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
  } catch {
    return null;
  }
}
