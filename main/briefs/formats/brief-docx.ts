import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  Footer,
  FootnoteReferenceRun,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type ParagraphChild,
} from 'docx';
import type { BriefCitation, BriefClaim, BriefModel } from '../brief-model';
import {
  OPEN_SECTION_TITLE,
  SOURCES_TITLE,
  STANCE_HEADINGS,
  accessedText,
  appearanceParts,
  citationDetails,
  generatedLine,
  isWebUrl,
  printedSections,
  sourceTitle,
  verdictLine,
} from './brief-wording';

const SOURCES_LIST = 'brief-sources';

function linkRun(url: string): ParagraphChild {
  return isWebUrl(url) ? new ExternalHyperlink({ link: url, children: [new TextRun({ text: url, style: 'Hyperlink' })] }) : new TextRun(url);
}

/** A citation in full, as its footnote and its line in the source list print it. */
function citationRuns(citation: BriefCitation): ParagraphChild[] {
  const runs: ParagraphChild[] = [new TextRun({ text: citation.title, bold: true })];
  const tail = [...citationDetails(citation)];
  if (tail.length) runs.push(new TextRun(`. ${tail.join('. ')}`));
  if (citation.url) runs.push(new TextRun('. '), linkRun(citation.url));
  const accessed = accessedText(citation);
  if (accessed) runs.push(new TextRun(`. ${accessed}`));
  if (citation.captureSha256) runs.push(new TextRun('. Capture SHA-256: '), new TextRun({ text: citation.captureSha256, font: 'Consolas' }));
  runs.push(new TextRun('.'));
  return runs;
}

/**
 * Citations as Word footnotes. Sources are numbered in order of first use, as Word numbers its
 * footnotes, so a source's first mention carries a real footnote whose number is the source's, and
 * a later mention repeats that number in superscript (Word allows one reference per footnote).
 */
class CitationMarks {
  private readonly used = new Set<number>();
  mark(n: number): ParagraphChild {
    if (this.used.has(n)) return new TextRun({ text: String(n), superScript: true });
    this.used.add(n);
    return new FootnoteReferenceRun(n);
  }
}

function labelled(label: string, text: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(text)], spacing: { after: 120 } });
}

function claimParagraphs(model: BriefModel, claim: BriefClaim, index: number, marks: CitationMarks): Paragraph[] {
  const out: Paragraph[] = [
    new Paragraph({ text: `${index}. ${claim.text}`, heading: HeadingLevel.HEADING_3 }),
    new Paragraph({ children: [new TextRun({ text: 'Verdict: ', bold: true }), new TextRun({ text: verdictLine(claim), bold: true })], spacing: { after: 120 } }),
  ];
  if (claim.rationale) out.push(labelled('Rationale', claim.rationale));
  if (claim.appearance) {
    const children: ParagraphChild[] = [new TextRun({ text: 'Where it appeared: ', bold: true }), new TextRun(appearanceParts(claim.appearance).join(', '))];
    if (claim.appearance.url) children.push(new TextRun(', '), linkRun(claim.appearance.url));
    out.push(new Paragraph({ children, spacing: { after: 120 } }));
  }
  for (const group of claim.evidence) {
    out.push(new Paragraph({ text: STANCE_HEADINGS[group.stance], heading: HeadingLevel.HEADING_4 }));
    for (const item of group.items) {
      const runs: ParagraphChild[] = [
        new TextRun({ text: sourceTitle(model, item.citation), bold: true }),
        new TextRun(item.quote || item.locator || item.note ? ': ' : ' '),
      ];
      if (item.quote) runs.push(new TextRun({ text: `“${item.quote}”`, italics: true }));
      if (item.locator) runs.push(new TextRun(`${item.quote ? ' ' : ''}(${item.locator})`));
      if (item.note) runs.push(new TextRun(`${item.quote || item.locator ? ' ' : ''}${item.note}`));
      runs.push(marks.mark(item.citation));
      out.push(new Paragraph({ children: runs, bullet: { level: 0 } }));
    }
  }
  if (claim.evidence.length === 0) out.push(new Paragraph({ children: [new TextRun({ text: 'No evidence linked yet.', italics: true })] }));
  return out;
}

/**
 * The brief as a Word document: real headings (so the navigation pane and a screen reader see the
 * structure), bulleted evidence, citations as footnotes plus a numbered source list, and page
 * numbers in the footer.
 */
export async function renderBriefDocx(model: BriefModel): Promise<Uint8Array> {
  const marks = new CitationMarks();
  const children: Paragraph[] = [new Paragraph({ text: model.title, heading: HeadingLevel.TITLE })];
  if (model.summary) children.push(new Paragraph({ text: model.summary, spacing: { after: 120 } }));
  children.push(new Paragraph({ children: [new TextRun({ text: generatedLine(model), italics: true, color: '55524C' })], spacing: { after: 240 } }));
  for (const section of printedSections(model)) {
    children.push(new Paragraph({ text: section.title ?? 'Claims', heading: HeadingLevel.HEADING_2 }));
    if (section.title === OPEN_SECTION_TITLE) children.push(new Paragraph({ children: [new TextRun({ text: 'These claims have no final verdict yet.', italics: true })] }));
    section.claims.forEach((claim, i) => children.push(...claimParagraphs(model, claim, i + 1, marks)));
  }
  if (model.citations.length > 0) {
    children.push(new Paragraph({ text: SOURCES_TITLE, heading: HeadingLevel.HEADING_2 }));
    for (const citation of model.citations) {
      children.push(new Paragraph({ children: citationRuns(citation), numbering: { reference: SOURCES_LIST, level: 0 } }));
    }
  }
  const footnotes = Object.fromEntries(model.citations.map((citation) => [citation.n, { children: [new Paragraph({ children: citationRuns(citation) })] }]));
  const doc = new Document({
    creator: [model.reporterName, model.organization.name].filter(Boolean).join(', ') || 'Newsroom Notebook',
    title: model.title,
    description: model.summary,
    numbering: {
      config: [
        {
          reference: SOURCES_LIST,
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 540, hanging: 360 } } } }],
        },
      ],
    },
    footnotes,
    sections: [
      {
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })] })],
          }),
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
