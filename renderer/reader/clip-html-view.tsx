import { useMemo, useState, type MouseEvent } from 'react';
import { renderClipHtml } from './clip-html';
import { OpenLinkDialog } from './open-link-dialog';

interface Props {
  html: string;
  /** Names the region for screen readers: "Article" or "Full page". */
  label: string;
  lang?: string | undefined;
  dir?: 'ltr' | 'rtl' | 'auto' | undefined;
}

/**
 * A clip's HTML, formatted, with its captured images. It goes through the renderer's own sanitizer
 * first (clip-html.ts) and is shown under the app's CSP, so nothing in it runs or loads from the
 * network. A click on a link (any button, any modifier) is caught before the app could navigate, and
 * the reporter is asked before it opens in the browser.
 */
export function ClipHtmlView({ html, label, lang, dir }: Props) {
  const clean = useMemo(() => renderClipHtml(html), [html]);
  const [link, setLink] = useState<string | null>(null);
  const onLinkClick = (event: MouseEvent<HTMLDivElement>) => {
    const anchor = event.target instanceof Element ? event.target.closest('a') : null;
    if (!anchor || !event.currentTarget.contains(anchor)) return;
    event.preventDefault();
    const href = anchor.getAttribute('href');
    if (href) setLink(href);
  };
  return (
    <>
      <section className="clip-html" aria-label={label} lang={lang} dir={dir}>
        <div onClick={onLinkClick} onAuxClick={onLinkClick} dangerouslySetInnerHTML={{ __html: clean }} />
      </section>
      <OpenLinkDialog url={link} onClose={() => setLink(null)} />
    </>
  );
}
