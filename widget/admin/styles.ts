// The dashboard stylesheet: the agent inbox's colours, type and controls (widget/agent/styles.ts), so the
// two tools look like one product; panels in a grid that becomes one column as the window narrows.
export const dashboardCss = `
:root{--accent:#1f6feb;--accent-text:#fff;--line:#d8dee4;--muted:#59636e;--bg:#f6f8fa;--surface:#fff;--text:#1f2328;
--waiting:#b35900;--waiting-bg:#fff1e0;--ok:#1a7f37;--ok-bg:#dafbe1;--bad:#b42318;--bad-bg:#fde8e8;--focus:#0b57d0;--track:#eaeef2}
*{box-sizing:border-box}
html,body{margin:0;height:100%}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--text);background:var(--bg)}
#steward-admin{height:100%}
h1,h2,h3,h4{margin:0;font-weight:600}
h1{font-size:17px}
h2{font-size:15px}
h3{font-size:13px}
h4{font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);margin:10px 0 4px}
a{color:var(--accent)}
button{font:inherit;border:1px solid var(--line);background:var(--surface);color:inherit;border-radius:6px;padding:6px 12px;cursor:pointer}
button:hover:not(:disabled){border-color:var(--accent)}
button:disabled{opacity:.5;cursor:default}
button.primary{background:var(--accent);border-color:var(--accent);color:var(--accent-text)}
button.link{border-color:transparent;background:none;color:var(--accent);text-decoration:underline;padding:4px 6px}
input{font:inherit;color:inherit;border:1px solid var(--line);border-radius:6px;padding:7px 10px;background:var(--surface)}
[aria-invalid=true]{border-color:var(--bad)}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.muted,.hint{color:var(--muted)}
.hint{font-size:12.5px;margin:2px 0 8px}
.mono{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12.5px;overflow-wrap:anywhere}
.empty{color:var(--muted);padding:12px 0;margin:0}
.problem{margin:8px 0;padding:8px 12px;border-radius:6px;background:var(--bad-bg);color:var(--bad)}
.sign-in{display:grid;place-items:center;min-height:100%;padding:24px}
.sign-in form{display:flex;flex-direction:column;gap:6px;width:min(360px,100%);background:var(--surface);padding:24px;border:1px solid var(--line);border-radius:10px}
.sign-in label{font-weight:600;margin-top:10px}
.sign-in .primary{margin-top:14px;padding:9px}
.app{display:flex;flex-direction:column;min-height:100%}
.bar{display:flex;align-items:center;gap:14px;padding:10px 16px;background:var(--surface);border-bottom:1px solid var(--line);flex-wrap:wrap}
.mode.shadow,.mode.off{color:var(--waiting)}
.tabs{display:flex;gap:4px;margin-left:12px}
.tabs a{padding:6px 12px;border-radius:6px;color:inherit;text-decoration:none}
.tabs a:hover{background:var(--bg)}
.tabs a[aria-current=page]{background:#eaf1fb;color:var(--accent);font-weight:600}
.sign-out{margin-left:auto}
.overview{padding:16px;display:flex;flex-direction:column;gap:16px;max-width:1400px;width:100%;margin:0 auto}
.toolbar{display:flex;align-items:center;gap:10px;flex-wrap:wrap}
.range{display:flex;align-items:center;gap:10px;flex-wrap:wrap;margin-right:auto}
.range label{display:flex;align-items:center;gap:6px;font-weight:600}
.range .problem{flex-basis:100%;margin:0}
.exports{display:inline-flex;align-items:center;gap:2px;flex-wrap:wrap}
.headline{display:grid;grid-template-columns:repeat(auto-fit,minmax(180px,1fr));gap:12px;margin:0}
.figure{background:var(--surface);border:1px solid var(--line);border-radius:8px;padding:12px 14px}
.figure dt{color:var(--muted);font-size:12.5px}
.figure dd{margin:0}
.figure .value{font-size:26px;font-weight:600;font-variant-numeric:tabular-nums;line-height:1.3}
.figure .note{font-size:12.5px;color:var(--muted)}
.headline.compact{grid-template-columns:repeat(auto-fit,minmax(160px,220px));margin:8px 0}
.headline.compact .figure{background:var(--bg)}
.panels{display:grid;grid-template-columns:repeat(auto-fit,minmax(420px,1fr));gap:16px}
.panel{background:var(--surface);border:1px solid var(--line);border-radius:8px;padding:14px 16px;min-width:0}
.panel h2{margin-bottom:2px}
.chart-box{width:100%;margin-top:6px}
.chart{display:block;width:100%;height:auto;font-size:13px;overflow:visible}
.chart text{fill:var(--text)}
.chart .grid line{stroke:var(--line)}
.chart .grid text,.chart .axis{fill:var(--muted);font-size:12px}
.chart .line{fill:none;stroke:var(--accent);stroke-width:2.5;stroke-linejoin:round}
.chart .point circle{fill:var(--surface);stroke:var(--accent);stroke-width:2.5}
.chart .point text{opacity:0;font-weight:600;font-size:12px}
.chart .point:hover text,.chart .point:focus text{opacity:1}
.chart .point:focus{outline:none}
.chart .point:focus circle{fill:var(--accent);stroke:var(--focus);stroke-width:4}
.chart .track{fill:var(--track)}
.chart .bar-fill{fill:var(--accent)}
.chart .bar-value{font-variant-numeric:tabular-nums}
.shadow .examples{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:10px}
.shadow .examples li{border-left:3px solid var(--waiting);padding:2px 0 2px 10px}
.shadow .examples li.would-send{border-left-color:var(--ok)}
.shadow .examples p{margin:0 0 4px}
.draft-text{margin:6px 0;padding:6px 10px;border-left:3px solid var(--accent);white-space:pre-wrap;background:var(--bg);overflow-wrap:anywhere}
.panes{flex:1;display:grid;grid-template-columns:340px 1fr;min-height:0}
.list{border-right:1px solid var(--line);background:var(--surface);overflow-y:auto;max-height:calc(100vh - 53px);position:sticky;top:0}
.search{padding:12px 16px 4px;display:flex;flex-direction:column;gap:4px}
.search label{font-weight:600}
.list .count{margin:0;padding:4px 16px 8px;font-size:12.5px}
.list ul{list-style:none;margin:0;padding:0}
.entry{display:flex;flex-direction:column;gap:4px;padding:10px 16px;color:inherit;text-decoration:none;border-left:3px solid transparent;border-top:1px solid var(--bg)}
.entry:hover{background:var(--bg)}
.entry[aria-current=page]{background:#eaf1fb;border-left-color:var(--accent)}
.entry:focus-visible{outline-offset:-3px}
.line{display:flex;gap:8px;align-items:baseline}
.preview{flex:1;min-width:0;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.when{flex:none;font-size:12px;color:var(--muted)}
.reasons,.why{display:flex;flex-wrap:wrap;gap:4px;list-style:none;margin:0;padding:0}
.reason,.holder,.state{font-size:12px;padding:1px 8px;border-radius:999px;background:var(--waiting-bg);color:var(--waiting)}
.state{background:var(--bg);color:var(--muted)}
.state.waiting_human{background:var(--waiting-bg);color:var(--waiting);font-weight:600}
.holder{background:#eaf1fb;color:var(--accent)}
.why{margin-top:6px}
.why .explanation{flex-basis:100%;color:var(--muted);font-size:13px}
.main{min-width:0;padding:16px 20px}
.audit{display:flex;flex-direction:column;gap:12px;max-width:1000px}
.audit-head{display:flex;gap:10px;align-items:center;flex-wrap:wrap}
.audit-head>div{margin-right:auto}
.audit-head p{margin:2px 0 0}
.timeline{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:10px}
.step{display:flex;flex-direction:column;gap:8px}
.message{max-width:80%}
.message.bot,.message.agent{align-self:flex-end}
.message.system{align-self:center;text-align:center}
.message .meta{display:block;font-size:12px;color:var(--muted);margin:0 4px 2px}
.message p{margin:0;padding:8px 12px;border-radius:12px;background:var(--surface);border:1px solid var(--line);white-space:pre-wrap;overflow-wrap:anywhere}
.message.agent p{background:#eaf1fb}
.message.bot p{background:#eef6ee}
.message.system p{background:transparent;border:0;color:var(--muted);font-style:italic}
.state-line{text-align:center;font-size:12px;color:var(--muted);border-top:1px dashed var(--line);padding-top:4px}
.decision{background:var(--surface);border:1px solid var(--line);border-left:4px solid var(--muted);border-radius:8px;padding:10px 12px;margin-left:24px;overflow-x:auto}
.decision.auto_sent{border-left-color:var(--ok)}
.decision.escalated,.decision.excluded{border-left-color:var(--waiting)}
.decision>header{display:flex;gap:10px;align-items:baseline;flex-wrap:wrap}
.auto_sent .outcome{color:var(--ok)}
.escalated .outcome,.excluded .outcome{color:var(--waiting)}
.discarded{margin:6px 0 0;color:var(--bad)}
table{border-collapse:collapse;width:100%;margin-top:10px;font-size:13px}
caption{text-align:left;font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);padding-bottom:4px}
th,td{text-align:left;padding:4px 8px;border-bottom:1px solid var(--line);vertical-align:top}
thead th{font-size:12px;color:var(--muted);font-weight:600}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.verdict{font-size:11.5px;font-weight:600;text-transform:uppercase;padding:0 6px;border-radius:4px;background:var(--bg);color:var(--muted)}
.check.pass .verdict{background:var(--ok-bg);color:var(--ok)}
.check.block .verdict,.check.error .verdict{background:var(--bad-bg);color:var(--bad)}
.checks th.mono{white-space:nowrap}
.attempt{margin-top:8px}
.attempt summary{cursor:pointer}
@media (max-width:900px){.panes{grid-template-columns:1fr}.list{position:static;max-height:40vh;border-right:0;border-bottom:1px solid var(--line)}.panels{grid-template-columns:1fr}.decision{margin-left:0}.main{padding:12px}.message{max-width:95%}}
`;
