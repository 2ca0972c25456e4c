// A fake webhook receiver at the HTTP boundary, run by Miniflare in Node as the Worker's outbound service.
// POST https://receiver.test/hook/<key>?fail=N answers 500 to the first N deliveries, then 200, and logs each.
// GET  https://receiver.test/log/<key> returns what that hook received, so tests inside workerd can look.

interface Received {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const logs = new Map<string, Received[]>();

export async function fakeReceiver(request: Request): Promise<Response> {
  const url = new URL(request.url);
  if (url.hostname !== "receiver.test") return new Response(`unexpected request to ${url.href}`, { status: 599 });
  const [, kind, key = ""] = url.pathname.split("/");
  if (kind === "log") return Response.json(logs.get(key) ?? []);
  const received = logs.get(key) ?? [];
  logs.set(key, received);
  const failures = Number(url.searchParams.get("fail") ?? 0);
  const status = received.length < failures ? 500 : 200;
  received.push({ status, headers: Object.fromEntries(request.headers), body: await request.text() });
  return new Response(status === 200 ? "ok" : "try later", { status });
}
