/**
 * The brief's stylesheet, inlined in the HTML so the file is self-contained. Calm serif reading
 * type, statuses as word + shape with colours that pass WCAG AA, and print rules: A4 margins, no
 * claim split from its heading, link addresses kept legible. Dark mode follows the reader's system.
 */
export const BRIEF_CSS = `
:root {
  --text: #1f1e1c; --muted: #55524c; --bg: #fffefb; --rule: #d6d1c6; --accent: #1c4f9c; --quote: #f3f0e8;
  --verified: #1b6630; --verified-bg: #dff2e4; --false: #9e1c1c; --false-bg: #fbe3e3;
  --misleading: #874300; --misleading-bg: #fcedd6; --unverifiable: #5a3d8a; --unverifiable-bg: #ece6f6;
  --in_progress: #1a4c8f; --in_progress-bg: #e0eaf8; --unverified: #4a4946; --unverified-bg: #eae7e1;
  color-scheme: light dark;
}
@media screen and (prefers-color-scheme: dark) {
  :root {
    --text: #e9e6e0; --muted: #b5b1a9; --bg: #1e1f22; --rule: #3d3f44; --accent: #8fb4f0; --quote: #26282c;
    --verified: #8fd9a4; --verified-bg: #1d3525; --false: #f3a3a3; --false-bg: #3e2020;
    --misleading: #f2c07f; --misleading-bg: #3d2d15; --unverifiable: #c9b3ef; --unverifiable-bg: #2e2640;
    --in_progress: #9fc1f2; --in_progress-bg: #1c2b42; --unverified: #cfccc6; --unverified-bg: #34353a;
  }
}
* { box-sizing: border-box; }
html { background: var(--bg); color: var(--text); }
body {
  margin: 0 auto; max-width: 46rem; padding: 2.5rem 1.5rem 4rem;
  font: 1.0625rem/1.55 "Iowa Old Style", "Source Serif 4", Charter, Georgia, "Liberation Serif", "DejaVu Serif", serif;
}
h1, h2, h3, .meta, .verdict, .label, .sources, footer { font-family: system-ui, -apple-system, "Segoe UI", "Liberation Sans", "DejaVu Sans", sans-serif; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 .75rem; }
h2 { font-size: 1.2rem; margin: 2.5rem 0 1rem; padding-bottom: .3rem; border-bottom: 2px solid var(--text); }
h3 { font-size: 1.08rem; line-height: 1.35; margin: 0 0 .6rem; }
h4 { font: 600 .8rem/1.3 system-ui, -apple-system, "Segoe UI", "Liberation Sans", "DejaVu Sans", sans-serif; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin: 1rem 0 .35rem; }
p { margin: 0 0 .6rem; }
a { color: var(--accent); overflow-wrap: anywhere; }
.summary { font-size: 1.15rem; }
.meta { color: var(--muted); font-size: .9rem; }
.note { color: var(--muted); font-style: italic; }
.claim { border-top: 1px solid var(--rule); padding: 1.25rem 0 .75rem; }
.verdict { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem; font-size: .95rem; }
.badge { display: inline-flex; align-items: center; gap: .35rem; padding: .15rem .6rem .15rem .45rem; border-radius: 999px; font-weight: 700; }
.icon { flex: none; }
.label { font-weight: 600; font-size: .9em; }
.claim:first-of-type { border-top: none; padding-top: .25rem; }
.locator { color: var(--muted); }
.source-name { font-weight: 600; }
.decided { color: var(--muted); }
${['verified', 'false', 'misleading', 'unverifiable', 'in_progress', 'unverified'].map((s) => `.status-${s} { color: var(--${s}); background: var(--${s}-bg); }`).join('\n')}
.evidence { margin: 0 0 .5rem; padding-left: 1.25rem; }
.evidence li { margin: 0 0 .35rem; }
blockquote { margin: .2rem 0; padding: .35rem .75rem; background: var(--quote); border-left: 3px solid var(--rule); }
.cite { font-family: system-ui, sans-serif; font-size: .8rem; vertical-align: super; line-height: 0; text-decoration: none; }
.sources { font-size: .9rem; padding-left: 1.75rem; }
.sources li { margin-bottom: .55rem; }
.sha { font-family: ui-monospace, Menlo, Consolas, "Liberation Mono", "DejaVu Sans Mono", monospace; font-size: .78rem; overflow-wrap: anywhere; }
footer { margin-top: 3rem; color: var(--muted); font-size: .85rem; border-top: 1px solid var(--rule); padding-top: .75rem; }
@page { size: A4; margin: 18mm 16mm 20mm; }
@media print {
  :root { --text: #000; --muted: #444; --bg: #fff; --accent: #1c3f7c; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  h2, h3, h4 { break-after: avoid; }
  .verdict, blockquote, .evidence li, .sources li { break-inside: avoid; }
  .badge { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; }
}
`;
