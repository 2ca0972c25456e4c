// The panel's stylesheet, scoped by the shadow root. Colours come from the loader's --_accent (the
// page's --steward-accent, else data-color); fonts, radius and focus ring are overridable the same way.
export const panelCss = `
.panel{position:fixed;bottom:88px;right:20px;width:min(380px,calc(100vw - 40px));height:min(600px,calc(100vh - 110px));
display:flex;flex-direction:column;background:var(--steward-surface,#fff);color:var(--steward-text,#1f2328);
font:15px/1.45 var(--_font);border-radius:var(--_radius);box-shadow:0 12px 40px rgba(0,0,0,.18),0 2px 8px rgba(0,0,0,.08);
overflow:hidden;animation:steward-in .18s ease-out}
:host([data-position=left]) .panel{right:auto;left:20px}
.panel[hidden]{display:none}
@keyframes steward-in{from{opacity:0;transform:translateY(12px)}to{opacity:1;transform:none}}
.head{display:flex;align-items:center;gap:12px;padding:14px 12px 14px 18px;background:var(--_accent);color:var(--_on-accent)}
.head h2{margin:0;font-size:17px;font-weight:600}
.head p{margin:2px 0 0;font-size:13px;opacity:.9}
.head>div{flex:1;min-width:0}
.icon{display:grid;place-items:center;width:36px;height:36px;border:0;border-radius:50%;background:transparent;color:inherit;cursor:pointer}
.icon:hover{background:rgba(255,255,255,.16)}
.icon svg{width:20px;height:20px}
.banner{display:flex;gap:10px;align-items:center;margin:0;padding:10px 16px;font-size:13.5px;background:#fff4d6;color:#5c4400;border-bottom:1px solid #f0dca0}
.banner.error{background:#fde8e8;color:#7a1c1c;border-color:#f3c4c4}
.banner p{margin:0;flex:1}
.banner button{flex:none;border:1px solid currentColor;background:transparent;color:inherit;border-radius:999px;padding:4px 12px;font:inherit;cursor:pointer}
.log{flex:1;overflow-y:auto;padding:16px 14px 8px;overscroll-behavior:contain}
.log ol{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:6px}
.msg{display:flex;flex-direction:column;align-items:flex-start;max-width:85%}
.msg p{margin:0;padding:9px 13px;border-radius:16px;white-space:pre-wrap;overflow-wrap:anywhere;background:var(--steward-bubble,#f0f2f5)}
.msg .who{font-size:12px;color:#59636e;margin:8px 4px 2px}
.msg.customer{align-self:flex-end;align-items:flex-end}
.msg.customer p{background:var(--_accent);color:var(--_on-accent);border-bottom-right-radius:6px}
.msg.bot p,.msg.agent p{border-bottom-left-radius:6px}
.msg.agent p{background:var(--steward-agent-bubble,#e6f0ea)}
.msg.system{align-self:center;align-items:center;max-width:92%;text-align:center}
.msg.system p{background:transparent;color:#59636e;font-size:13px;padding:6px 8px}
.msg .note{font-size:12px;color:#59636e;margin:2px 4px 0}
.msg.pending p{opacity:.7}
.msg.rejected p{background:#fde8e8;color:#7a1c1c}
.msg.rejected .note{color:#a12525}
.typing{min-height:24px;padding:0 18px}
.dots{display:inline-flex;gap:4px;padding:8px 12px;border-radius:14px;background:var(--steward-bubble,#f0f2f5)}
.dots i{width:6px;height:6px;border-radius:50%;background:#8a929b;animation:steward-dot 1s infinite ease-in-out}
.dots i:nth-child(2){animation-delay:.15s}.dots i:nth-child(3){animation-delay:.3s}
@keyframes steward-dot{0%,60%,100%{transform:none;opacity:.5}30%{transform:translateY(-3px);opacity:1}}
.actions{padding:4px 14px 0;display:flex;justify-content:center}
.handoff{border:1px solid #d0d7de;background:#fff;color:inherit;border-radius:999px;padding:6px 14px;font:inherit;font-size:13.5px;cursor:pointer}
.handoff:hover{border-color:var(--_accent)}
.handoff[aria-disabled=true]{cursor:default;color:#59636e;background:#f6f8fa}
.composer{display:flex;gap:8px;align-items:flex-end;padding:10px 12px 12px;border-top:1px solid #eaeef2;margin-top:8px}
.composer textarea{flex:1;resize:none;max-height:120px;min-height:40px;box-sizing:border-box;padding:9px 12px;border:1px solid #d0d7de;border-radius:12px;font:inherit;color:inherit;background:#fff}
.composer button{flex:none;width:40px;height:40px;border:0;border-radius:50%;background:var(--_accent);color:var(--_on-accent);display:grid;place-items:center;cursor:pointer}
.composer button:disabled{opacity:.45;cursor:default}
.composer svg{width:18px;height:18px}
.limit{margin:0 16px;font-size:12px;color:#a12525}
:focus-visible{outline:3px solid var(--_focus);outline-offset:2px}
.head :focus-visible{outline-color:currentColor}
.composer textarea:focus-visible{outline-offset:0}
.sr{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
@media (max-width:480px){.panel{inset:0;width:100%;height:100%;border-radius:0}}
@media (prefers-reduced-motion:reduce){.panel,.dots i{animation:none}}
`;
