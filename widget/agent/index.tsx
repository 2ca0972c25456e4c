// The agent inbox bundle (public/agent.js), loaded by the HTML shell the Worker serves at /agent. It
// brings its own stylesheet and root element, so the shell needs nothing but the script tag.
// The site comes from ?site= (default "demo"), so one inbox build serves every site of a deployment.
import { render } from "preact";
import { App } from "./app.tsx";
import { inboxCss } from "./styles.ts";

const style = document.createElement("style");
style.textContent = inboxCss;
document.head.append(style);

const root = document.createElement("div");
root.id = "steward-agent";
document.body.append(root);

const siteId = new URLSearchParams(location.search).get("site") || "demo";
render(<App config={{ base: location.origin, siteId }} />, root);
