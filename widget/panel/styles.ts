// The panel's stylesheet, scoped by the shadow root. Every colour is a token declared once on .panel,
// overridable by the page with the matching --steward-* property (the accent and its text come from the
// loader's --_accent and --_on-accent). The tokens' defaults are checked for WCAG AA contrast in
// theme-contrast.test.ts, which reads them from this very text.
export const panelCss = `
.panel{--_text:var(--steward-text,#1f2328);--_surface:var(--steward-surface,#ffffff);--_muted:var(--steward-muted,#59636e);
--_subtle:var(--steward-subtle,#f6f8fa);--_bubble:var(--steward-bubble,#f0f2f5);--_agent-bubble:var(--steward-agent-bubble,#e6f0ea);
--_link:var(--steward-link,#0b57d0);--_field-border:var(--steward-field-border,#8c959f);--_divider:var(--steward-divider,#eaeef2);
--_warning-text:var(--steward-warning-text,#5c4400);--_warning-surface:var(--steward-warning-surface,#fff4d6);--_warning-border:var(--steward-warning-border,#f0dca0);
--_error-text:var(--steward-error-text,#7a1c1c);--_error-surface:var(--steward-error-surface,#fde8e8);--_error-border:var(--steward-error-border,#f3c4c4);
--_error-strong:var(--steward-error-strong,#a12525);--_dots:var(--steward-dots,#8a929b)}
.panel{position:fixed;bottom:88px;right:20px;width:min(380px,calc(100vw - 40px));height:min(600px,calc(100vh - 110px));
display:flex;flex-direction:column;background:var(--_surface);color:var(--_text);
font:15px/1.45 var(--_font);border-radius:var(--_radius);box-shadow:0 12px 40px rgba(0,0,0,.18),0 2px 8px rgba(0,0,0,.08);
overflow:hidden;animation:steward-in .18s ease-out}
:host([data-position=left]) .panel{right:auto;left:20px}
.panel[hidden]{display:none}
@keyframes steward-in{from{opacity:0;transform:translateY(12px)}to{opacity:1;transform:none}}
.head{display:flex;align-items:center;gap:4px;padding:14px 8px 14px 18px;background:var(--_accent);color:var(--_on-accent)}
.head h2{margin:0;font-size:17px;font-weight:600}
.head p{margin:2px 0 0;font-size:13px;opacity:.9}
.head>div{flex:1;min-width:0}
.icon{display:grid;place-items:center;flex:none;width:40px;height:40px;border:0;border-radius:50%;background:transparent;color:inherit;cursor:pointer}
.icon:hover{background:rgba(255,255,255,.16)}
.icon svg{width:20px;height:20px}
.banner{display:flex;gap:10px;align-items:center;margin:0;padding:10px 16px;font-size:13.5px;background:var(--_warning-surface);color:var(--_warning-text);border-bottom:1px solid var(--_warning-border)}
.banner.error{background:var(--_error-surface);color:var(--_error-text);border-color:var(--_error-border)}
.banner p{margin:0;flex:1}
.banner button,.confirm button{flex:none;border:1px solid currentColor;background:transparent;color:inherit;border-radius:999px;padding:4px 12px;font:inherit;cursor:pointer}
.log{flex:1;overflow-y:auto;padding:16px 14px 8px;overscroll-behavior:contain}
.log ol{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:6px}
.msg{display:flex;flex-direction:column;align-items:flex-start;max-width:85%}
.msg p{margin:0;padding:9px 13px;border-radius:16px;white-space:pre-wrap;overflow-wrap:anywhere;background:var(--_bubble)}
.msg a{color:var(--_link);text-decoration:underline}
.msg .who{font-size:12px;color:var(--_muted);margin:8px 4px 2px}
.msg.customer{align-self:flex-end;align-items:flex-end}
.msg.customer p{background:var(--_accent);color:var(--_on-accent);border-bottom-right-radius:6px}
.msg.bot p,.msg.agent p{border-bottom-left-radius:6px}
.msg.agent p{background:var(--_agent-bubble)}
.msg.system{align-self:center;align-items:center;max-width:92%;text-align:center}
.msg.system p{background:transparent;color:var(--_muted);font-size:13px;padding:6px 8px}
.msg .note,.msg .masked{font-size:12px;color:var(--_muted);margin:2px 4px 0}
.msg .masked{display:flex;gap:4px;align-items:center}
.msg .masked svg{width:12px;height:12px;flex:none}
.msg.pending p{background:var(--_surface);color:var(--_text);box-shadow:inset 0 0 0 1.5px var(--_accent)}
.msg.rejected p{background:var(--_error-surface);color:var(--_error-text)}
.msg.rejected .note{color:var(--_error-strong)}
.rate{display:flex;gap:2px;align-items:center;margin:2px 0 0;font-size:12px;color:var(--_muted)}
.rate button{display:grid;place-items:center;width:32px;height:32px;border:0;border-radius:50%;background:transparent;color:var(--_muted);cursor:pointer}
.rate button:hover{background:var(--_subtle)}
.rate button[aria-pressed=true]{color:var(--_text);background:var(--_bubble)}
.rate button[aria-disabled=true]{cursor:default}
.rate svg{width:16px;height:16px}
.typing{min-height:24px;padding:0 18px}
.dots{display:inline-flex;gap:4px;padding:8px 12px;border-radius:14px;background:var(--_bubble)}
.dots i{width:6px;height:6px;border-radius:50%;background:var(--_dots);animation:steward-dot 1s infinite ease-in-out}
.dots i:nth-child(2){animation-delay:.15s}.dots i:nth-child(3){animation-delay:.3s}
@keyframes steward-dot{0%,60%,100%{transform:none;opacity:.5}30%{transform:translateY(-3px);opacity:1}}
.actions{padding:4px 14px 0;display:flex;justify-content:center}
.handoff{border:1px solid var(--_field-border);background:var(--_surface);color:inherit;border-radius:999px;padding:6px 14px;font:inherit;font-size:13.5px;cursor:pointer}
.handoff:hover{border-color:var(--_accent)}
.handoff[aria-disabled=true]{cursor:default;color:var(--_muted);background:var(--_subtle)}
.confirm{margin:8px 12px 0;padding:12px 14px;border-radius:12px;background:var(--_warning-surface);color:var(--_warning-text);font-size:13.5px}
.confirm.danger{background:var(--_error-surface);color:var(--_error-text)}
.confirm h3{margin:0 0 4px;font-size:14px}
.confirm p{margin:0 0 10px}
.confirm div{display:flex;gap:8px;flex-wrap:wrap}
.confirm .primary{background:var(--_error-strong);border-color:var(--_error-strong);color:var(--_surface)}
.composer{display:flex;gap:8px;align-items:flex-end;padding:10px 12px 12px;border-top:1px solid var(--_divider);margin-top:8px}
.composer textarea{flex:1;resize:none;max-height:120px;min-height:40px;box-sizing:border-box;padding:9px 12px;border:1px solid var(--_field-border);border-radius:12px;font:inherit;color:inherit;background:var(--_surface)}
.composer textarea::placeholder{color:var(--_muted);opacity:1}
.composer textarea[aria-invalid=true]{border-color:var(--_error-strong)}
.composer button{flex:none;width:40px;height:40px;border:0;border-radius:50%;background:var(--_accent);color:var(--_on-accent);display:grid;place-items:center;cursor:pointer}
.composer button:disabled{opacity:.45;cursor:default}
.composer svg{width:18px;height:18px}
.count{margin:0 16px;font-size:12px;color:var(--_muted);text-align:right}
.count.over{color:var(--_error-strong);font-weight:600}
.limit,.checking{margin:4px 16px 0;font-size:12.5px;color:var(--_error-strong)}
/* Shown only when a check takes long enough to be noticed, so a quick send does not flicker. */
.checking{color:var(--_muted);animation:steward-late .3s step-end}
@keyframes steward-late{from{visibility:hidden}}
:focus-visible{outline:3px solid var(--_focus);outline-offset:2px}
.head :focus-visible,.confirm :focus-visible{outline-color:currentColor}
.composer textarea:focus-visible{outline-offset:0}
.sr{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
@media (max-width:480px){.panel{inset:0;width:100%;height:100%;height:100dvh;border-radius:0}.composer textarea{font-size:16px}}
@media (prefers-reduced-motion:reduce){.panel,.dots i{animation:none}}
`;
