import { escapeHtml } from '../../../shared/domain/escape-html';
import type { BriefCitation, BriefClaim, BriefModel } from '../brief-model';
import { BRIEF_CSS } from './brief-css';
import { statusIconSvg } from './brief-icons';
import {
  OPEN_SECTION_TITLE,
  SOURCES_TITLE,
  STANCE_HEADINGS,
  accessedText,
  appearanceParts,
  citationDetails,
  decidedWord,
  generatedLine,
  isWebUrl,
  printDayOrNothing,
  printedSections,
  sourceTitle,
} from './brief-wording';

/**
 * Nothing in a brief may load or run anything: no script, no remote style, font or image. The
 * policy says so to any browser that opens the file, on top of the markup containing none.
 */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** A link only for a web address; anything else is printed as text. */
function link(url: string, text = url): string {
  return isWebUrl(url) ? `<a href="${escapeHtml(url)}" rel="noopener noreferrer">${escapeHtml(text)}</a>` : escapeHtml(text);
}

function cite(n: number): string {
  return `<a class="cite" href="#source-${n}" aria-label="source ${n}">[${n}]</a>`;
}

function claimHtml(model: BriefModel, claim: BriefClaim, index: number, headingId: string): string {
  const parts: string[] = [
    `<article class="claim" aria-labelledby="${headingId}">`,
    `<h3 id="${headingId}">${index}. ${escapeHtml(claim.text)}</h3>`,
    `<p class="verdict"><span class="label">Verdict:</span> <span class="badge status-${claim.status}">${statusIconSvg(claim.status)}${escapeHtml(claim.verdict)}</span>${
      claim.decidedAt ? ` <span class="decided">${decidedWord(claim)} ${escapeHtml(printDayOrNothing(claim.decidedAt))}</span>` : ''
    }</p>`,
  ];
  if (claim.rationale) parts.push(`<p><span class="label">Rationale:</span> ${escapeHtml(claim.rationale)}</p>`);
  if (claim.appearance) {
    const where = appearanceParts(claim.appearance).map(escapeHtml).join(', ');
    parts.push(`<p><span class="label">Where it appeared:</span> ${where}${claim.appearance.url ? `, ${link(claim.appearance.url)}` : ''}</p>`);
  }
  for (const group of claim.evidence) {
    parts.push(`<h4>${STANCE_HEADINGS[group.stance]}</h4>`, '<ul class="evidence">');
    for (const item of group.items) {
      const body = [
        `<span class="source-name">${escapeHtml(sourceTitle(model, item.citation))}</span>${item.quote || item.locator || item.note ? ':' : ''} `,
        item.quote ? `<blockquote>“${escapeHtml(item.quote)}”</blockquote>` : '',
        item.locator ? `<span class="locator">(${escapeHtml(item.locator)})</span>` : '',
        item.note ? `${item.locator ? ' ' : ''}${escapeHtml(item.note)}` : '',
      ].join('');
      parts.push(`<li>${body} ${cite(item.citation)}</li>`);
    }
    parts.push('</ul>');
  }
  if (claim.evidence.length === 0) parts.push('<p class="note">No evidence linked yet.</p>');
  parts.push('</article>');
  return parts.join('\n');
}

function citationHtml(citation: BriefCitation): string {
  const parts = [`<strong>${escapeHtml(citation.title)}</strong>`, ...citationDetails(citation).map(escapeHtml)];
  if (citation.url) parts.push(link(citation.url));
  const accessed = accessedText(citation);
  if (accessed) parts.push(escapeHtml(accessed));
  if (citation.captureSha256) parts.push(`Capture SHA-256: <span class="sha">${escapeHtml(citation.captureSha256)}</span>`);
  return `<li id="source-${citation.n}">${parts.join('. ')}.</li>`;
}

/**
 * The brief as one self-contained HTML file: inline CSS with print rules, no script, nothing remote
 * but the links a reader may follow, and every string from the notebook escaped.
 */
export function renderBriefHtml(model: BriefModel): string {
  const body: string[] = [
    '<header>',
    `<h1>${escapeHtml(model.title)}</h1>`,
    model.summary ? `<p class="summary">${escapeHtml(model.summary)}</p>` : '',
    `<p class="meta">${escapeHtml(generatedLine(model))}</p>`,
    '</header>',
  ];
  printedSections(model).forEach((section, s) => {
    const title = section.title ?? 'Claims';
    body.push(`<section aria-labelledby="section-${s}">`, `<h2 id="section-${s}">${escapeHtml(title)}</h2>`);
    if (section.title === OPEN_SECTION_TITLE) body.push('<p class="note">These claims have no final verdict yet.</p>');
    section.claims.forEach((claim, i) => body.push(claimHtml(model, claim, i + 1, `claim-${s}-${i + 1}`)));
    body.push('</section>');
  });
  if (model.citations.length > 0) {
    body.push('<section aria-labelledby="sources">', `<h2 id="sources">${SOURCES_TITLE}</h2>`, '<ol class="sources">');
    body.push(...model.citations.map(citationHtml), '</ol>', '</section>');
  }
  const org = model.organization;
  if (org.name || org.url) {
    body.push(`<footer>${org.name ? escapeHtml(org.name) : ''}${org.name && org.url ? ' · ' : ''}${org.url ? link(org.url) : ''}</footer>`);
  }
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(model.title)}</title>`,
    `<style>${BRIEF_CSS}</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...body.filter(Boolean),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
