/** Styles inside the closed shadow root; `all: initial` keeps the page's CSS out. */
export const DIALOG_CSS = `
:host { all: initial; }
.backdrop { position: fixed; inset: 0; z-index: 2147483647; background: rgba(0,0,0,.45);
  display: flex; align-items: center; justify-content: center; font: 16px/1.45 system-ui, sans-serif; }
.dialog { background: #fff; color: #1a1a1a; max-width: 34rem; width: calc(100% - 2rem); border-radius: 10px;
  padding: 1.25rem 1.5rem; box-shadow: 0 10px 40px rgba(0,0,0,.35); border-top: 6px solid #b3261e; }
h2 { font-size: 1.2rem; margin: 0 0 .5rem; }
p { margin: .5rem 0; }
.findings { margin: .5rem 0; padding-left: 1.2rem; }
.findings li { margin: .25rem 0; }
code.masked { font-family: ui-monospace, monospace; background: #f3f3f3; padding: 0 .3rem; margin-right: .3rem; border-radius: 3px; }
.reasons { margin: .5rem 0; padding-left: 1.2rem; }
.reasons li { margin: .3rem 0; }
.basis { background: #fff4d6; color: #1a1a1a; padding: .5rem .75rem; border-radius: 6px; }
.recipients ul { margin: .25rem 0; padding-left: 1.2rem; }
.recipient.external { font-weight: 600; }
fieldset.confirm { border: 1px solid #888; border-radius: 6px; margin: .75rem 0; padding: .5rem .75rem; }
fieldset.confirm label { display: block; margin: .35rem 0; }
.dialog { max-height: calc(100vh - 2rem); overflow: auto; }
.hint { font-size: .875rem; color: #444; }
.error { color: #b3261e; font-weight: 600; }
.blocked { font-weight: 600; }
label.justification { display: block; margin: .5rem 0; }
label.justification textarea { display: block; width: 100%; box-sizing: border-box; font: inherit; margin-top: .25rem; }
.buttons { display: flex; gap: .75rem; justify-content: flex-end; margin-top: 1rem; flex-wrap: wrap; }
button { font: inherit; padding: .5rem 1rem; border-radius: 6px; border: 2px solid #1a1a1a; background: #1a1a1a; color: #fff; cursor: pointer; }
button.secondary { background: #fff; color: #1a1a1a; }
button:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
button:disabled { opacity: .6; cursor: progress; }
@media (prefers-color-scheme: dark) {
  .dialog { background: #1f1f1f; color: #eee; }
  code.masked { background: #333; }
  .hint { color: #bbb; }
  button { border-color: #eee; background: #eee; color: #111; }
  button.secondary { background: #1f1f1f; color: #eee; }
}
`;
