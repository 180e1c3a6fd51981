import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { PDFDocument, StandardFonts } from 'pdf-lib';

/**
 * Real documents made at test time, so the readers are tested on what PDF and Word writers produce
 * rather than on hand-made bytes: a PDF with pdf-lib, a Word document with docx.
 */

/** Each page is a list of paragraphs; each paragraph a list of lines drawn 14 pt apart, paragraphs 36 pt apart. */
export async function makePdf(pages: string[][][], title?: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  if (title) pdf.setTitle(title);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const paragraphs of pages) {
    const page = pdf.addPage([595, 842]);
    let y = 780;
    for (const lines of paragraphs) {
      for (const line of lines) {
        page.drawText(line, { x: 56, y, size: 12, font });
        y -= 14;
      }
      y -= 22;
    }
  }
  return pdf.save();
}

export async function makeDocx(heading: string, paragraphs: string[]): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: heading, heading: HeadingLevel.HEADING_1 }),
          ...paragraphs.map((text) => new Paragraph({ children: [new TextRun(text)] })),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
