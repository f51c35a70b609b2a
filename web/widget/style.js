// The widget's stylesheet (lives in each snippet's shadow root, so it never
// touches the host page). `.w` starts from `all: initial`, so inherited host
// styles (font, colour, line-height, text-align, letter-spacing...) do not
// reach inside either. Custom properties do inherit: they are the theming API.
//
//   --loopscope-bg, --loopscope-fg, --loopscope-muted, --loopscope-border,
//   --loopscope-accent, --loopscope-accent-fg, --loopscope-stderr,
//   --loopscope-code-bg, --loopscope-output-bg, --loopscope-radius,
//   --loopscope-font, --loopscope-font-mono, --loopscope-font-size,
//   --loopscope-tok-kw, -bi, -str, -com, -num, -dec, -def, -self
// Each falls back to a light or a dark default depending on the theme.
export const CSS = `
:host { display: block; margin: 1em 0; }
:host([hidden]) { display: none; }
.w {
  all: initial;
  display: block;
  box-sizing: border-box;
  color-scheme: light;
  --_bg: var(--loopscope-bg, #ffffff);
  --_fg: var(--loopscope-fg, #1f2328);
  --_muted: var(--loopscope-muted, #59636e);
  --_border: var(--loopscope-border, #d1d9e0);
  --_accent: var(--loopscope-accent, #0969da);
  --_accent-fg: var(--loopscope-accent-fg, #ffffff);
  --_stderr: var(--loopscope-stderr, #b3261e);
  --_code-bg: var(--loopscope-code-bg, #f6f8fa);
  --_out-bg: var(--loopscope-output-bg, #ffffff);
  --_kw: var(--loopscope-tok-kw, #8250df);
  --_bi: var(--loopscope-tok-bi, #0550ae);
  --_str: var(--loopscope-tok-str, #0a3069);
  --_com: var(--loopscope-tok-com, #6e7781);
  --_num: var(--loopscope-tok-num, #0550ae);
  --_dec: var(--loopscope-tok-dec, #953800);
  --_def: var(--loopscope-tok-def, #6639ba);
  --_self: var(--loopscope-tok-self, #953800);
  --_mono: var(--loopscope-font-mono, ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace);
  background: var(--_bg);
  color: var(--_fg);
  font-family: var(--loopscope-font, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);
  font-size: var(--loopscope-font-size, 14px);
  line-height: 1.45;
  text-align: left;
  border: 1px solid var(--_border);
  border-radius: var(--loopscope-radius, 6px);
  overflow: hidden;
}
.w[data-theme="dark"] {
  color-scheme: dark;
  --_bg: var(--loopscope-bg, #0d1117);
  --_fg: var(--loopscope-fg, #e6edf3);
  --_muted: var(--loopscope-muted, #9198a1);
  --_border: var(--loopscope-border, #3d444d);
  --_accent: var(--loopscope-accent, #4493f8);
  --_accent-fg: var(--loopscope-accent-fg, #0d1117);
  --_stderr: var(--loopscope-stderr, #ff7b72);
  --_code-bg: var(--loopscope-code-bg, #151b23);
  --_out-bg: var(--loopscope-output-bg, #0d1117);
  --_kw: var(--loopscope-tok-kw, #ff7b72);
  --_bi: var(--loopscope-tok-bi, #79c0ff);
  --_str: var(--loopscope-tok-str, #a5d6ff);
  --_com: var(--loopscope-tok-com, #8b949e);
  --_num: var(--loopscope-tok-num, #79c0ff);
  --_dec: var(--loopscope-tok-dec, #ffa657);
  --_def: var(--loopscope-tok-def, #d2a8ff);
  --_self: var(--loopscope-tok-self, #ffa657);
}
*, *::before, *::after { box-sizing: border-box; }
[hidden] { display: none !important; }
.code { position: relative; background: var(--_code-bg); }
pre, textarea {
  margin: 0; padding: 10px 12px; border: 0;
  font-family: var(--_mono); font-size: 13px; line-height: 1.5; tab-size: 4;
  white-space: pre; overflow-wrap: normal; letter-spacing: normal; word-spacing: normal;
}
.src { color: var(--_fg); background: transparent; overflow: auto; min-height: 2.5em; }
.src:focus-visible, button:focus-visible, a:focus-visible, textarea:focus-visible, .timeline:focus-visible {
  outline: 2px solid var(--_accent); outline-offset: -2px;
}
textarea.edit {
  position: absolute; inset: 0; width: 100%; height: 100%; resize: none; overflow: auto;
  color: transparent; background: transparent; caret-color: var(--_fg);
}
textarea.edit::selection { background: color-mix(in srgb, var(--_accent) 30%, transparent); color: transparent; }
.tok-kw { color: var(--_kw); } .tok-bi { color: var(--_bi); } .tok-str { color: var(--_str); }
.tok-com { color: var(--_com); font-style: italic; } .tok-num { color: var(--_num); }
.tok-dec { color: var(--_dec); } .tok-def { color: var(--_def); } .tok-self { color: var(--_self); }
.bar {
  display: flex; align-items: center; gap: 8px; flex-wrap: wrap;
  padding: 6px 8px; border-top: 1px solid var(--_border);
  font-size: 12px; color: var(--_muted);
}
button {
  font: inherit; font-size: 13px; cursor: pointer; border-radius: 4px; padding: 3px 12px;
  border: 1px solid var(--_border); background: var(--_bg); color: var(--_fg); line-height: 1.4;
}
button.run { background: var(--_accent); color: var(--_accent-fg); border-color: var(--_accent); font-weight: 600; }
button.run[data-running="true"] { background: var(--_bg); color: var(--_stderr); border-color: var(--_stderr); }
.badge { border: 1px solid var(--_border); border-radius: 10px; padding: 0 7px; font-size: 11px; }
.status { flex: 1; min-width: 8em; }
a { color: var(--_accent); text-decoration: none; font-size: 12px; }
a:hover { text-decoration: underline; }
.out {
  background: var(--_out-bg); color: var(--_fg); max-height: 22em; overflow: auto; padding: 8px 12px;
  border-top: 1px solid var(--_border);
  font-family: var(--_mono); font-size: 13px; line-height: 1.5; white-space: pre;  /* traceback carets stay aligned */
}
.out[data-state="expected"] { color: var(--_muted); }
.out:empty { display: none; }
.line { display: flex; gap: 10px; }
.ts { color: var(--_muted); flex: none; user-select: none; font-size: 11px; padding-top: 2px; min-width: 4.5em; }
.text { flex: 1 0 auto; }
.line.stderr .text { color: var(--_stderr); }
.line.same-t .ts { visibility: hidden; }
.note { color: var(--_muted); font-family: var(--loopscope-font, system-ui, sans-serif); font-size: 12px; font-style: italic; }
.timeline { padding: 6px 12px 8px; border-top: 1px solid var(--_border); font-size: 11px; color: var(--_muted); }
.timeline:empty { display: none; }
.lane { display: grid; grid-template-columns: 8em 1fr; align-items: center; gap: 8px; height: 16px; }
.track { position: relative; height: 8px; }
.span { position: absolute; top: 0; height: 8px; border-radius: 2px; min-width: 2px;
  background: repeating-linear-gradient(45deg, color-mix(in srgb, var(--_accent) 35%, transparent) 0 3px, transparent 3px 6px);
  border: 1px solid color-mix(in srgb, var(--_accent) 60%, transparent); }
.step { position: absolute; top: -1px; width: 3px; height: 10px; background: var(--_accent); border-radius: 1px; }
.lane[data-state="failed"] .span { border-color: var(--_stderr); }
.name { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
