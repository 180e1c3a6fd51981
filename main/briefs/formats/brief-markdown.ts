import type { BriefCitation, BriefClaim, BriefModel } from '../brief-model';
import {
  OPEN_SECTION_TITLE,
  SOURCES_TITLE,
  STANCE_HEADINGS,
  accessedText,
  appearanceParts,
  captureText,
  citationDetails,
  generatedLine,
  isWebUrl,
  printedSections,
  sourceTitle,
  verdictLine,
} from './brief-wording';

/**
 * Text as inert GitHub-flavoured Markdown: every character that could start emphasis, a link, raw
 * HTML, a table cell or a heading is escaped, and line breaks become spaces, so a claim that
 * happens to contain `*` or `<script>` prints as written and cannot restructure the brief.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/[\\`*_[\]<>|~&]/g, (char) => `\\${char}`)
    .replace(/^(\s*)([-+#]|\d+\.)(?=\s|$)/, (_m, lead: string, marker: string) => `${lead}${marker.replace(/([-+#.])/, '\\$1')}`);
}

/** A URL in angle brackets, an autolink; only web addresses, and without characters that would end it. */
function autolink(url: string): string {
  return isWebUrl(url) ? `<${url.replace(/[<> ]/g, encodeURIComponent)}>` : escapeMarkdown(url);
}

function citeMark(n: number): string {
  return `[\\[${n}\\]](#source-${n})`;
}

function claimBlock(model: BriefModel, claim: BriefClaim, index: number): string[] {
  const lines = [`### ${index}. ${escapeMarkdown(claim.text)}`, '', `**Verdict:** ${escapeMarkdown(verdictLine(claim))}`, ''];
  if (claim.rationale) lines.push(`**Rationale:** ${escapeMarkdown(claim.rationale)}`, '');
  if (claim.appearance) {
    const where = appearanceParts(claim.appearance).map(escapeMarkdown).join(', ');
    lines.push(`**Where it appeared:** ${where}${claim.appearance.url ? `, ${autolink(claim.appearance.url)}` : ''}`, '');
  }
  for (const group of claim.evidence) {
    lines.push(`**${STANCE_HEADINGS[group.stance]}**`, '');
    for (const item of group.items) {
      const parts = [
        `*${escapeMarkdown(sourceTitle(model, item.citation))}*${item.quote || item.locator || item.note ? ':' : ''}`,
        item.quote ? `“${escapeMarkdown(item.quote)}”` : undefined,
        item.locator ? `(${escapeMarkdown(item.locator)})` : undefined,
        item.note ? escapeMarkdown(item.note) : undefined,
      ].filter(Boolean);
      lines.push(`- ${parts.join(' ')}${parts.length ? ' ' : ''}${citeMark(item.citation)}`);
    }
    lines.push('');
  }
  if (claim.evidence.length === 0) lines.push('*No evidence linked yet.*', '');
  return lines;
}

function citationLine(citation: BriefCitation): string {
  const parts = [`**${escapeMarkdown(citation.title)}**`, ...citationDetails(citation).map(escapeMarkdown)];
  if (citation.url) parts.push(autolink(citation.url));
  const accessed = accessedText(citation);
  if (accessed) parts.push(escapeMarkdown(accessed));
  const capture = captureText(citation);
  if (capture) parts.push(`Capture SHA-256: \`${citation.captureSha256}\``);
  return `${citation.n}. <a id="source-${citation.n}"></a>${parts.join('. ')}.`;
}

/** The brief as GitHub-flavoured Markdown: headings per claim, evidence lists, a numbered source list. */
export function renderBriefMarkdown(model: BriefModel): string {
  const lines: string[] = [`# ${escapeMarkdown(model.title)}`, ''];
  if (model.summary) lines.push(escapeMarkdown(model.summary), '');
  lines.push(`*${escapeMarkdown(generatedLine(model))}*`, '');
  for (const section of printedSections(model)) {
    lines.push(`## ${section.title === null ? 'Claims' : section.title}`, '');
    if (section.title === OPEN_SECTION_TITLE) lines.push('*These claims have no final verdict yet.*', '');
    section.claims.forEach((claim, index) => lines.push(...claimBlock(model, claim, index + 1)));
  }
  if (model.citations.length > 0) {
    lines.push(`## ${SOURCES_TITLE}`, '');
    for (const citation of model.citations) lines.push(citationLine(citation));
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
