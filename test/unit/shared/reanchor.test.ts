import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchorQuote, anchorSpan } from '../../../shared/domain/anchor';
import type { Anchor } from '../../../shared/domain/entities';
import { reanchor, type ResolvedAnchor } from '../../../shared/domain/reanchor';

const SAMPLE = readFileSync(new URL('../../fixtures/sample-article-landmines.txt', import.meta.url), 'utf8');

/** Selectors for a quote that appears once in `text`, as marking a claim would store them. */
function anchorOf(text: string, quote: string): Anchor {
  const match = anchorQuote(text, quote);
  if (!match.found) throw new Error(`fixture problem: "${quote}" is ${match.reason} in the text`);
  return match.anchor;
}

/** The code-point span a resolved anchor points at, as the reader would highlight it. */
function spanText(text: string, resolved: ResolvedAnchor): string | null {
  if (resolved.state === 'orphaned') return null;
  return Array.from(text).slice(resolved.start, resolved.end).join('');
}

describe('reanchor', () => {
  it('keeps a claim where it was when the text is unchanged', () => {
    const anchor = anchorOf(SAMPLE, '122 countries signed the Ottawa Convention');
    const resolved = reanchor(SAMPLE, anchor);
    expect(resolved).toEqual({ state: 'anchored', start: anchor.position.start, end: anchor.position.end });
  });

  it('follows the quote when text is inserted before it', () => {
    const anchor = anchorOf(SAMPLE, 'the US has closed its embassy in Kiev');
    const edited = `Update: this story has been corrected.\n${SAMPLE}`;
    const resolved = reanchor(edited, anchor);
    expect(resolved.state).toBe('moved');
    expect(spanText(edited, resolved)).toBe('the US has closed its embassy in Kiev');
    if (resolved.state !== 'orphaned') expect(resolved.start).toBe(anchor.position.start + 39);
  });

  it('picks the occurrence whose context fits when the quote now appears twice', () => {
    const text = 'The mayor said taxes rose. Later the council said taxes rose by 5%.';
    // Marked in the second sentence of the original, then the text shifts so the position is stale.
    const anchor = anchorSpan(text, text.lastIndexOf('taxes rose'), text.lastIndexOf('taxes rose') + 'taxes rose'.length);
    const edited = `Breaking. ${text}`;
    const resolved = reanchor(edited, anchor);
    expect(resolved.state).toBe('moved');
    if (resolved.state === 'orphaned') return;
    expect(resolved.start).toBe(edited.lastIndexOf('taxes rose'));
    expect(resolved.start).not.toBe(edited.indexOf('taxes rose'));
  });

  it('uses the prefix and suffix, not only the position, to choose among repeats', () => {
    const text =
      'In the north, officials said 40% of roads closed after the storm. ' +
      'In the south, the ministry said 40% of roads closed because of flooding. ' +
      'On the coast, 40% of roads closed for a week.';
    const at = text.indexOf('40%', text.indexOf('the south'));
    const anchor = anchorSpan(text, at, at + '40% of roads closed'.length);
    // The paragraphs are reordered: the stored position now holds the coast's copy, with the wrong context.
    const edited =
      'On the coast, 40% of roads closed for a week. ' +
      'In the north, officials said 40% of roads closed after the storm. ' +
      'In the south, the ministry said 40% of roads closed because of flooding.';
    expect(edited.indexOf('40%')).toBeLessThan(anchor.position.start);
    const resolved = reanchor(edited, anchor);
    expect(resolved.state).toBe('moved');
    if (resolved.state === 'orphaned') return;
    expect(resolved.start).toBe(edited.indexOf('40%', edited.indexOf('the south')));
  });

  it('finds a lightly edited quote with a fuzzy match', () => {
    const anchor = anchorOf(SAMPLE, 'the US has closed its embassy in Kiev, the capital of Ukraine');
    const edited = SAMPLE.replace('the US has closed its embassy in Kiev', 'the US had closed its embassy in Kyiv');
    const resolved = reanchor(edited, anchor);
    expect(resolved.state).toBe('fuzzy');
    expect(spanText(edited, resolved)).toBe('the US had closed its embassy in Kyiv, the capital of Ukraine');
  });

  it('orphans a claim whose quote was removed, instead of pointing at something else', () => {
    const anchor = anchorOf(SAMPLE, 'Washington hopes to use these mines on their territory in Ukraine.');
    const edited = SAMPLE.replace('Washington hopes to use these mines on their territory in Ukraine.', '');
    expect(reanchor(edited, anchor)).toEqual({ state: 'orphaned' });
  });

  it('orphans a short quote that changed at all: too short to match fuzzily with confidence', () => {
    const anchor = anchorOf('Turnout was 61%.', '61%');
    expect(reanchor('Turnout was 64%.', anchor)).toEqual({ state: 'orphaned' });
  });

  it('counts code points with emoji before the quote', () => {
    const text = 'Crowd 🎉🎉 cheered as 122 countries signed the treaty.';
    const anchor = anchorOf(text, '122 countries signed');
    expect(reanchor(text, anchor)).toEqual({ state: 'anchored', start: 20, end: 40 });
    const edited = `🎉🎉🎉 ${text}`;
    const resolved = reanchor(edited, anchor);
    expect(resolved).toEqual({ state: 'moved', start: anchor.position.start + 4, end: anchor.position.end + 4 });
    expect(spanText(edited, resolved)).toBe('122 countries signed');
    // A fuzzy match after emoji is still counted in code points.
    const typo = edited.replace('signed', 'signd');
    expect(spanText(typo, reanchor(typo, anchor))).toBe('122 countries signd');
  });

  it('re-anchors Bangla text, moved and lightly edited', () => {
    const text = 'ঢাকায় বৃহস্পতিবার ১২২টি দেশ চুক্তিতে স্বাক্ষর করেছে। পরে আরও আলোচনা হবে।';
    const quote = '১২২টি দেশ চুক্তিতে স্বাক্ষর করেছে';
    const anchor = anchorOf(text, quote);
    const moved = `সংশোধিত প্রতিবেদন। ${text}`;
    const movedAt = reanchor(moved, anchor);
    expect(movedAt.state).toBe('moved');
    expect(spanText(moved, movedAt)).toBe(quote);

    const edited = moved.replace('চুক্তিতে', 'চুক্তিটিতে');
    const fuzzy = reanchor(edited, anchor);
    expect(fuzzy.state).toBe('fuzzy');
    expect(spanText(edited, fuzzy)).toBe('১২২টি দেশ চুক্তিটিতে স্বাক্ষর করেছে');
  });
});

describe('a clip re-captured as a new version', () => {
  // The version first clipped had a typo; the publisher fixed it and added an editor's note on top.
  const OLD = SAMPLE.replace('the Ottawa Convention', 'the Ottowa Convention');
  const NEW = `Editor's note: this article was updated on November 21 to correct a spelling.\n${SAMPLE}`;

  it('carries every claim over, each to the same words in the new text', () => {
    const claims = [
      'December 3-4, 1997, 122 countries signed the Ottowa Convention',
      'the US has closed its embassy in Kiev',
      'from 4 hours to 2 weeks, they will become inactive',
    ].map((quote) => ({ quote, anchor: anchorOf(OLD, quote) }));

    const results = claims.map(({ anchor }) => reanchor(NEW, anchor));
    expect(results.map((result) => result.state)).toEqual(['fuzzy', 'moved', 'moved']);
    expect(results.map((result) => spanText(NEW, result))).toEqual([
      'December 3-4, 1997, 122 countries signed the Ottawa Convention',
      'the US has closed its embassy in Kiev',
      'from 4 hours to 2 weeks, they will become inactive',
    ]);
  });

  it('orphans only the claim whose sentence the new version dropped', () => {
    const dropped = 'Which strengthened Ukraine before Trump came to power.';
    const anchors = [anchorOf(OLD, dropped), anchorOf(OLD, 'the US has closed its embassy in Kiev')];
    const newer = NEW.replace(dropped, '');
    expect(anchors.map((anchor) => reanchor(newer, anchor).state)).toEqual(['orphaned', 'moved']);
  });
});
