// Fakes of what lies outside the project, at the HTTP boundary, run by Miniflare in Node as the Worker's
// outbound service. Tests inside workerd drive and inspect them through the same host:
//   POST https://receiver.test/hook/<key>?fail=N   a webhook receiver: 500 to the first N deliveries, then 200
//   GET  https://receiver.test/log/<key>           what <key> received (webhooks and model calls)
//   POST https://receiver.test/model/<key>/chat/completions
//                                                  an OpenAI-compatible model that answers what it was told to
//   POST https://receiver.test/configure/<key>     { answer?, delayMs?, status?, raw? } for that model
//                                                  (raw: a body sent as it is, e.g. garbage instead of JSON)
//   POST https://receiver.test/jwks                { keys: [...] } the Cloudflare Access keys to publish
//   GET  https://receiver.test/cdn-cgi/access/certs  those keys, as an Access team domain serves them
// Miniflare serves outbound requests one at a time, so a slow model is a delay, not a call held until released.

interface Received {
  status: number;
  headers: Record<string, string>;
  body: string;
}

interface ModelConfig {
  answer: string;
  delayMs: number;
  status: number;
  raw?: string;
}

const logs = new Map<string, Received[]>();
let accessKeys: unknown[] = [];
const models = new Map<string, ModelConfig>();

export async function fakeReceiver(request: Request): Promise<Response> {
  const url = new URL(request.url);
  if (url.hostname !== "receiver.test") return new Response(`unexpected request to ${url.href}`, { status: 599 });
  const [, kind, key = ""] = url.pathname.split("/");
  if (url.pathname === "/cdn-cgi/access/certs") return Response.json({ keys: accessKeys });
  switch (kind) {
    case "jwks":
      accessKeys = ((await request.json()) as { keys: unknown[] }).keys;
      return new Response("ok");
    case "log":
      return Response.json(logs.get(key) ?? []);
    case "hook":
      return webhook(key, Number(url.searchParams.get("fail") ?? 0), request);
    case "configure":
      models.set(key, { answer: "", delayMs: 0, status: 200, ...((await request.json()) as Partial<ModelConfig>) });
      return new Response("ok");
    case "model":
      return model(key, request);
    default:
      return new Response("unknown fake", { status: 404 });
  }
}

async function webhook(key: string, failures: number, request: Request): Promise<Response> {
  const received = log(key);
  const status = received.length < failures ? 500 : 200;
  received.push({ status, headers: Object.fromEntries(request.headers), body: await request.text() });
  return new Response(status === 200 ? "ok" : "try later", { status });
}

async function model(key: string, request: Request): Promise<Response> {
  const config = models.get(key) ?? { answer: "", delayMs: 0, status: 200 };
  log(key).push({ status: config.status, headers: Object.fromEntries(request.headers), body: await request.text() });
  if (config.delayMs > 0) await new Promise((resume) => setTimeout(resume, config.delayMs));
  if (config.status !== 200) return new Response("model unavailable", { status: config.status });
  if (config.raw !== undefined) return new Response(config.raw, { headers: { "content-type": "application/json" } });
  return Response.json({ choices: [{ message: { role: "assistant", content: config.answer } }] });
}

function log(key: string): Received[] {
  const received = logs.get(key) ?? [];
  logs.set(key, received);
  return received;
}
