// The owner dashboard bundle (public/admin.js), loaded by public/admin.html, which wrangler's assets serve
// at /admin. It brings its own stylesheet and root element, so the shell needs nothing but the script tag.
// ?site= chooses the site offered at sign-in (default "demo"), so one build serves every site of a deployment.
import { render } from "preact";
import { App } from "./app.tsx";
import { dashboardCss } from "./styles.ts";

const style = document.createElement("style");
style.textContent = dashboardCss;
document.head.append(style);

const root = document.createElement("div");
root.id = "steward-admin";
document.body.append(root);

const siteId = new URLSearchParams(location.search).get("site") || "demo";
render(<App config={{ base: location.origin, siteId }} />, root);
