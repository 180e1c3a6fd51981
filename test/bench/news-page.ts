import { rng, sentence } from './fixture-text';

/**
 * A generated news page of about `bytes`, shaped like a real one: a head heavy with meta and inline
 * script state, navigation, an article of many paragraphs with links and figures, related links, a
 * comments section and a footer. Images point at `imageUrl(k)` (served by the bench's own server on
 * 127.0.0.1). `variant` changes a line of the article so repeated runs are new clips, not duplicates.
 */
export function newsPage(options: { bytes: number; images: number; imageUrl: (k: number) => string; variant: number; seed?: number }): string {
  const random = rng(options.seed ?? 7);
  const links = (count: number, prefix: string) =>
    Array.from({ length: count }, (_, i) => `<li><a href="/${prefix}/${i}">${sentence(random, 4).slice(0, -1)}</a></li>`).join('');
  const state = JSON.stringify(Array.from({ length: 4500 }, (_, i) => ({ id: i, headline: sentence(random), tags: ['news', 'local', 'council'] })));
  const style = Array.from({ length: 600 }, (_, i) => `.c${i}{margin:${i % 7}px;padding:${i % 5}px;color:#${(i * 2654435761).toString(16).slice(0, 6).padEnd(6, '0')}}`).join('\n');
  const head = `<head><meta charset="utf-8"><title>Council votes to close the Mill Road depot | The Gazette</title>
<meta property="og:site_name" content="The Gazette"><meta name="author" content="Ana Reporter">
<meta property="article:published_time" content="2025-02-01T10:00:00Z">
<style>${style}</style><script>window.__STATE__=${state}</script></head>`;
  const nav = `<header><nav><ul>${links(120, 'section')}</ul></nav></header>`;
  const aside = `<aside><h2>Most read</h2><ul>${links(200, 'story')}</ul></aside>`;
  const footer = `<footer><ul>${links(150, 'about')}</ul><p>© The Gazette</p></footer>`;
  const comments = `<section class="comments"><h2>Comments</h2>${Array.from({ length: 150 }, (_, i) => `<div class="comment"><b>reader${i}</b><p>${sentence(random)}</p></div>`).join('')}</section>`;

  const parts: string[] = [`<h1>Council votes to close the Mill Road depot</h1><p class="byline">By Ana Reporter</p><p>Edition ${options.variant}.</p>`];
  const skeleton = head.length + nav.length + aside.length + footer.length + comments.length + 200;
  let size = skeleton + parts[0]!.length;
  let paragraph = 0;
  const everyImage = 12;
  while (size < options.bytes) {
    const text = Array.from({ length: 4 }, () => sentence(random)).join(' ');
    const linked = text.replace(/ (council|report) /, ' <a href="https://gazette.example/$1">$1</a> ').replace(/ (said) /, ' <em>$1</em> ');
    let html = `<p class="c${paragraph % 600}">${linked}</p>`;
    const k = paragraph / everyImage;
    if (paragraph % everyImage === 0 && k < options.images) {
      html += `<figure><img src="${options.imageUrl(k)}" width="640" height="480" alt="Depot ${k}"><figcaption>${sentence(random, 6)}</figcaption></figure>`;
    }
    parts.push(html);
    size += html.length;
    paragraph += 1;
  }
  return `<!doctype html><html lang="en">${head}<body>${nav}<main><article>${parts.join('\n')}</article>${aside}${comments}</main>${footer}</body></html>`;
}
