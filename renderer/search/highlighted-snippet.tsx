import type { SearchSnippet } from '../../shared/api/search-views';
import { snippetParts } from './snippet-parts';

/** A result's snippet with the words the search matched in <mark>, so they stand out without colour alone (bold too). */
export function HighlightedSnippet({ snippet }: { snippet: SearchSnippet }) {
  return (
    <>
      {snippetParts(snippet).map((part, i) =>
        part.marked ? (
          <mark key={i} className="search-match">
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}
