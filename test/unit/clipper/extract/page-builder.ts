/** Small HTML pages for extraction tests, so each test shows the page it is about. */

let counter = 0;

/** A paragraph long enough to count as main text, unique so coverage can tell paragraphs apart. */
export function prose(label: string): string {
  counter += 1;
  return `${label} (${counter}): the council's finance committee met for three hours on Tuesday, heard from residents, and sent the revised plan back to the full council for a final vote next week.`;
}

export function page(body: string, head = '<title>Test page</title>'): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}
