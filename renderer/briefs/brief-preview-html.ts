import createDOMPurify from 'dompurify';

/**
 * The brief's HTML as the export dialog previews it, inside the desk. The main side escaped every
 * string already; this pass is the second wall, as for clips: only the brief's <main> is kept, with
 * text structure and the status shapes (SVG), and no link target, id or style survives, so the
 * preview cannot navigate the app, clash with its ids, or run anything. The app's CSS styles it
 * (brief-export.css): the app's CSP refuses the brief's own inline <style>, here as it should.
 */
export function previewMarkup(html: string, win: Window & typeof globalThis = window): string {
  const doc = new win.DOMParser().parseFromString(html, 'text/html');
  const main = doc.querySelector('main');
  if (!main) return '';
  const purify = createDOMPurify(win);
  return purify.sanitize(main.innerHTML, {
    USE_PROFILES: { html: true, svg: true },
    FORBID_TAGS: ['style', 'script', 'img', 'iframe', 'form', 'input', 'button', 'link', 'meta'],
    FORBID_ATTR: ['href', 'id', 'style', 'src', 'srcset', 'aria-labelledby'],
    ALLOW_DATA_ATTR: false,
  });
}
