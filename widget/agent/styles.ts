// The inbox stylesheet: system fonts, one accent, visible focus, and a layout that goes from three
// columns (list, conversation, decisions) to one as the window narrows.
export const inboxCss = `
:root{--accent:#1f6feb;--accent-text:#fff;--line:#d8dee4;--muted:#59636e;--bg:#f6f8fa;--surface:#fff;--text:#1f2328;
--waiting:#b35900;--waiting-bg:#fff1e0;--ok:#1a7f37;--ok-bg:#dafbe1;--bad:#b42318;--bad-bg:#fde8e8;--focus:#0b57d0}
*{box-sizing:border-box}
html,body{margin:0;height:100%}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--text);background:var(--bg)}
#steward-agent{height:100%}
h1,h2,h3{margin:0;font-weight:600}
h1{font-size:17px}
h2{font-size:15px}
h3{font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);margin:12px 0 4px}
button{font:inherit;border:1px solid var(--line);background:var(--surface);color:inherit;border-radius:6px;padding:6px 12px;cursor:pointer}
button:hover:not(:disabled){border-color:var(--accent)}
button:disabled{opacity:.5;cursor:default}
button.primary{background:var(--accent);border-color:var(--accent);color:var(--accent-text)}
input,textarea{font:inherit;color:inherit;border:1px solid var(--line);border-radius:6px;padding:8px 10px;background:var(--surface);width:100%}
textarea{resize:vertical;min-height:64px;max-height:40vh}
[aria-invalid=true]{border-color:var(--bad)}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.muted,.hint{color:var(--muted)}
.hint{font-size:12.5px;margin:4px 0 0}
.empty{color:var(--muted);padding:12px 16px;margin:0}
.problem{margin:8px 0;padding:8px 12px;border-radius:6px;background:var(--bad-bg);color:var(--bad)}
.sr{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.sign-in{display:grid;place-items:center;min-height:100%;padding:24px}
.sign-in form{display:flex;flex-direction:column;gap:6px;width:min(360px,100%);background:var(--surface);padding:24px;border:1px solid var(--line);border-radius:10px}
.sign-in label{font-weight:600;margin-top:10px}
.sign-in .primary{margin-top:14px;padding:9px}
.app{display:flex;flex-direction:column;height:100%}
.bar{display:flex;align-items:center;gap:14px;padding:10px 16px;background:var(--surface);border-bottom:1px solid var(--line)}
.bar .me{margin-left:auto}
.live{font-size:12.5px;padding:2px 8px;border-radius:999px;background:var(--bad-bg);color:var(--bad)}
.live.open{background:var(--ok-bg);color:var(--ok)}
.panes{flex:1;display:grid;grid-template-columns:320px 1fr;min-height:0}
.list{overflow-y:auto;border-right:1px solid var(--line);background:var(--surface)}
.group h2{position:sticky;top:0;background:var(--surface);padding:12px 16px 6px;font-size:12.5px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
.group.waiting_human h2{color:var(--waiting)}
.count{font-weight:400}
.group ul{list-style:none;margin:0;padding:0}
.entry{display:flex;flex-direction:column;gap:4px;padding:10px 16px;color:inherit;text-decoration:none;border-left:3px solid transparent}
.entry:hover{background:var(--bg)}
.entry[aria-current=page]{background:#eaf1fb;border-left-color:var(--accent)}
.entry:focus-visible{outline-offset:-3px}
.thread-head h2:focus{outline:none}
.thread-head h2:focus-visible{outline:3px solid var(--focus)}
.line{display:flex;gap:8px;align-items:baseline}
.preview{flex:1;min-width:0;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.when{flex:none;font-size:12px;color:var(--muted)}
.when.waiting{color:var(--waiting);font-weight:600}
.reasons{display:flex;flex-wrap:wrap;gap:4px}
.reason,.holder{font-size:12px;padding:1px 8px;border-radius:999px;background:var(--waiting-bg);color:var(--waiting)}
.holder{background:#eaf1fb;color:var(--accent);align-self:flex-start;margin-left:8px;vertical-align:middle}
.main{min-width:0;min-height:0;display:flex}
.main>.empty{margin:auto}
.conversation{flex:1;display:grid;grid-template-columns:1fr 380px;min-height:0}
.thread{display:flex;flex-direction:column;min-height:0;min-width:0;padding:14px 18px;gap:10px}
.thread-head{display:flex;gap:12px;align-items:flex-start;justify-content:space-between;flex-wrap:wrap}
.thread-head p{margin:2px 0 0;font-size:12.5px}
.buttons{display:flex;gap:8px;flex-wrap:wrap}
.why{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:6px}
.why .explanation{flex-basis:100%;color:var(--muted);font-size:13px}
.transcript{flex:1;min-height:160px;overflow-y:auto;padding:12px;background:var(--surface);border:1px solid var(--line);border-radius:8px}
.transcript ol{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:8px}
.message{max-width:80%;align-self:flex-start}
.message.agent,.message.bot{align-self:flex-end;text-align:left}
.message .meta{display:block;font-size:12px;color:var(--muted);margin:0 4px 2px}
.message p{margin:0;padding:8px 12px;border-radius:12px;background:var(--bg);white-space:pre-wrap;overflow-wrap:anywhere}
.message.agent p{background:#eaf1fb}
.message.bot p{background:#eef6ee}
.message.pending p{opacity:.6}
.message.system{align-self:center;max-width:90%;text-align:center}
.message.system p{background:transparent;color:var(--muted);font-style:italic;padding:2px 8px}
.state-line{align-self:stretch;text-align:center;font-size:12px;color:var(--muted);border-top:1px dashed var(--line);padding-top:4px}
.typing{min-height:1.45em;margin:0;font-size:12.5px;color:var(--muted)}
.draft{border:1px solid #c9d8f0;background:#f4f8fe;border-radius:8px;padding:10px 12px}
.draft h2{font-size:13px}
.draft p{margin:2px 0 0;font-size:12.5px}
.draft-text{margin:8px 0;padding:6px 10px;border-left:3px solid var(--accent);white-space:pre-wrap;background:var(--surface)}
.reply label{font-weight:600;display:block;margin-bottom:4px}
.reply-row{display:flex;gap:8px;align-items:flex-end}
.decisions{overflow-y:auto;border-left:1px solid var(--line);background:var(--surface);padding:14px 16px}
.decision{border:1px solid var(--line);border-radius:8px;padding:8px 10px;margin-top:10px}
.decision>summary{cursor:pointer}
.outcome{font-weight:600}
.auto_sent .outcome{color:var(--ok)}
.escalated .outcome,.excluded .outcome{color:var(--waiting)}
.question{margin:8px 0 0;font-style:italic}
.discarded{margin:6px 0 0;color:var(--bad)}
.decision .why{flex-direction:column;margin-top:6px}
.checks,.passages{margin:0;padding:0;list-style:none;display:flex;flex-direction:column;gap:6px}
.passages{padding-left:18px;list-style:decimal}
.check{display:grid;grid-template-columns:auto 1fr auto;gap:2px 8px;align-items:baseline}
.check p{grid-column:1/-1;margin:0;font-size:12.5px;color:var(--muted)}
.check-id{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12.5px}
.verdict{font-size:11.5px;font-weight:600;text-transform:uppercase;padding:0 6px;border-radius:4px;background:var(--bg);color:var(--muted)}
.check.pass .verdict{background:var(--ok-bg);color:var(--ok)}
.check.block .verdict,.check.error .verdict{background:var(--bad-bg);color:var(--bad)}
.score{font-variant-numeric:tabular-nums;font-size:12.5px}
.attempt{margin-top:8px}
@media (max-width:1100px){.conversation{grid-template-columns:1fr;overflow-y:auto}.thread{min-height:70vh}.transcript{min-height:40vh}.decisions{border-left:0;border-top:1px solid var(--line)}}
@media (max-width:720px){.panes{grid-template-columns:1fr;grid-template-rows:40% 60%}.list{border-right:0;border-bottom:1px solid var(--line)}.bar{flex-wrap:wrap}}
`;
