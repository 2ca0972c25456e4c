// Admin routes for a site's knowledge: replace all (PUT), add or update (POST), list, read and delete articles.
// An upload is parsed and checked whole before anything is stored: a bad file changes nothing.
import { Hono, type Context } from "hono";
import type { Env } from "../env.ts";
import type { ParseResult } from "../knowledge/article.ts";
import { parseKnowledge } from "../knowledge/parse-knowledge.ts";
import { parseMarkdownArticles } from "../knowledge/parse-markdown.ts";
import { requireBearer } from "./bearer.ts";
import { ApiError } from "./errors.ts";
import { forgetSite, requireSite, siteStub } from "./sites.ts";

/** Largest upload accepted: 5,000 articles of a few KB each, with room to spare. */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

export const knowledgeRoutes = new Hono<{ Bindings: Env }>();

knowledgeRoutes.use("*", requireBearer("STEWARD_ADMIN_TOKEN"));

knowledgeRoutes.put("/sites/:siteId/knowledge", (c) => upload(c, true));
knowledgeRoutes.post("/sites/:siteId/knowledge", (c) => upload(c, false));

knowledgeRoutes.get("/sites/:siteId/knowledge", async (c) => {
  const site = await requireSite(c.env, c.req.param("siteId"));
  return c.json(await siteStub(c.env, site.siteId).listKnowledge());
});

knowledgeRoutes.get("/sites/:siteId/knowledge/:articleId", async (c) => {
  const site = await requireSite(c.env, c.req.param("siteId"));
  const article = await siteStub(c.env, site.siteId).getArticle(c.req.param("articleId"));
  if (!article) throw new ApiError("not_found", `No article "${c.req.param("articleId")}".`);
  return c.json({ article });
});

knowledgeRoutes.delete("/sites/:siteId/knowledge/:articleId", async (c) => {
  const site = await requireSite(c.env, c.req.param("siteId"));
  const removed = await siteStub(c.env, site.siteId).removeArticle(c.req.param("articleId"));
  forgetSite(site.siteId);
  if (!removed) throw new ApiError("not_found", `No article "${c.req.param("articleId")}".`);
  return c.json({ deleted: c.req.param("articleId") });
});

async function upload(c: Context<{ Bindings: Env }>, replace: boolean): Promise<Response> {
  const site = await requireSite(c.env, c.req.param("siteId") ?? "");
  const parsed = await readUpload(c);
  if (!parsed.ok) throw new ApiError("invalid_field", parsed.errors.join("; "), { field: "articles" });
  const result = await siteStub(c.env, site.siteId).writeKnowledge(parsed.articles, replace);
  if (!result.ok) throw new ApiError("invalid_field", result.errors.join("; "), { field: "articles" });
  forgetSite(site.siteId);
  return c.json({ version: result.version, count: result.count, written: parsed.articles.length });
}

/** The articles of the request body, by content type; several Markdown files may come as multipart form data. */
async function readUpload(c: Context<{ Bindings: Env }>): Promise<ParseResult> {
  if (Number(c.req.header("content-length") ?? 0) > MAX_UPLOAD_BYTES) {
    throw new ApiError("payload_too_large", `An upload is at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`, { field: "body" });
  }
  const contentType = c.req.header("content-type") ?? "";
  if (contentType.startsWith("multipart/form-data")) {
    const form = await c.req.formData();
    const files = [...form.values()].filter((v): v is File => typeof v !== "string");
    if (files.length === 0) throw new ApiError("invalid_field", "files: no Markdown file in the form.", { field: "files" });
    return parseMarkdownArticles(await Promise.all(files.map((f) => f.text())));
  }
  const body = await c.req.text();
  if (body.length > MAX_UPLOAD_BYTES) throw new ApiError("payload_too_large", "The upload is too large.", { field: "body" });
  if (!contentType) throw new ApiError("unsupported_media_type", "Give a Content-Type: application/json, text/markdown or text/csv.", { field: "content-type" });
  const result = parseKnowledge(contentType, body);
  if (!result.ok && result.errors[0]?.startsWith("unsupported content type")) {
    throw new ApiError("unsupported_media_type", result.errors[0], { field: "content-type" });
  }
  return result;
}
