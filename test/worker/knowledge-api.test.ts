import { describe, expect, it } from "vitest";
import { ADMIN, call, decisionOf, send, startConversation } from "./api.ts";

async function createSite(siteId: string) {
  expect((await call(`/v1/admin/sites/${siteId}`, { method: "PUT", headers: ADMIN, json: {} })).status).toBe(200);
}

function upload(siteId: string, method: "PUT" | "POST", contentType: string, body: string) {
  return call(`/v1/admin/sites/${siteId}/knowledge`, { method, headers: { ...ADMIN, "content-type": contentType }, body });
}

const tea = { id: "tea", title: "Our teas", text: "We sell green tea and black tea. Green tea costs 12 euros for 100 grams.", language: "en" };
const hours = { id: "hours", title: "Opening hours", text: "The shop is open from Tuesday to Saturday, 10:00 to 19:00.", language: "en" };

describe("knowledge administration", () => {
  it("replaces the knowledge with JSON, lists it, and answers customers from it", async () => {
    await createSite("teashop");
    const put = await upload("teashop", "PUT", "application/json", JSON.stringify({ articles: [tea, hours] }));
    expect(put.status).toBe(200);
    expect(await put.json()).toMatchObject({ count: 2, written: 2 });
    const list = (await (await call("/v1/admin/sites/teashop/knowledge", { headers: ADMIN })).json()) as any;
    expect(list.articles.map((a: any) => a.id)).toEqual(["hours", "tea"]);

    const conv = await startConversation("teashop");
    const turn = (await (await send(conv, "When is the shop open?")).json()) as any;
    expect((await decisionOf(conv.conversationId, turn)).knowledge[0]).toMatchObject({ id: "hours", title: "Opening hours", score: expect.any(Number) });
  });

  it("adds and updates with POST, and deletes one article", async () => {
    await createSite("addshop");
    await upload("addshop", "PUT", "application/json", JSON.stringify({ articles: [tea] }));
    await upload("addshop", "POST", "application/json", JSON.stringify({ articles: [hours, { ...tea, title: "Teas" }] }));
    const list = (await (await call("/v1/admin/sites/addshop/knowledge", { headers: ADMIN })).json()) as any;
    expect(list.articles.map((a: any) => [a.id, a.title])).toEqual([["hours", "Opening hours"], ["tea", "Teas"]]);
    const del = await call("/v1/admin/sites/addshop/knowledge/tea", { method: "DELETE", headers: ADMIN });
    expect(del.status).toBe(200);
    const gone = await call("/v1/admin/sites/addshop/knowledge/tea", { method: "DELETE", headers: ADMIN });
    expect(gone.status).toBe(404);
  });

  it("takes Markdown with front matter and CSV question/answer pairs", async () => {
    await createSite("formats");
    const md = "---\nid: delivery\ntitle: Delivery times\nlanguage: en\ntags: [shipping]\n---\nParcels arrive within 3 business days.\n";
    expect((await upload("formats", "PUT", "text/markdown", md)).status).toBe(200);
    const csv = 'question,answer\n"Do you gift wrap?","Yes, gift wrapping costs 3 euros."\n';
    expect((await upload("formats", "POST", "text/csv", csv)).status).toBe(200);
    const list = (await (await call("/v1/admin/sites/formats/knowledge", { headers: ADMIN })).json()) as any;
    expect(list.articles).toHaveLength(2);
  });

  it("rejects a bad upload naming the row or field, and keeps the previous knowledge intact", async () => {
    await createSite("intact");
    await upload("intact", "PUT", "application/json", JSON.stringify({ articles: [tea, hours] }));
    const bad = await upload("intact", "PUT", "application/json", JSON.stringify({ articles: [tea, { id: "x", text: "no title" }] }));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as any).error.message).toContain("articles[1].title");
    const badCsv = await upload("intact", "PUT", "text/csv", "question,reply\nhello,world\n");
    expect(badCsv.status).toBe(400);
    const list = (await (await call("/v1/admin/sites/intact/knowledge", { headers: ADMIN })).json()) as any;
    expect(list.articles.map((a: any) => a.id)).toEqual(["hours", "tea"]);
  });

  it("refuses an unknown content type and uploads without the admin token", async () => {
    await createSite("types");
    const res = await upload("types", "PUT", "application/xml", "<a/>");
    expect(res.status).toBe(415);
    const anon = await call("/v1/admin/sites/types/knowledge", { method: "PUT", headers: { "content-type": "application/json" }, body: "{}" });
    expect(anon.status).toBe(401);
  });
});

describe("the seeded demo site", () => {
  it("answers a covered question from its knowledge and sends an uncovered one to a person", async () => {
    const conv = await startConversation("demo");
    const covered = (await (await send(conv, "How long do I have to return an item?")).json()) as any;
    const { knowledge } = await decisionOf(conv.conversationId, covered);
    expect(knowledge.length).toBeGreaterThan(0);
    expect(knowledge.map((k: any) => k.id).join(" ")).toMatch(/returns/);

    const other = await startConversation("demo");
    const uncovered = (await (await send(other, "Do you have a loyalty programme with points?")).json()) as any;
    expect(uncovered.reply).toBeNull();
    expect((await decisionOf(other.conversationId, uncovered)).outcome).toBe("escalated");
  });
});
