import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../../main/clipper/extract/html-to-text.js';

describe('htmlToText', () => {
  it('makes each block a paragraph separated by a blank line, with no blank lines at the ends', () => {
    expect(htmlToText('\n<h1>Title</h1>\n<p>First   paragraph,\n  wrapped.</p><div>Second <em>one</em>.</div>\n')).toBe(
      'Title\n\nFirst paragraph, wrapped.\n\nSecond one.',
    );
  });

  it('turns <br> into a line break inside its paragraph; a run of them shows as one blank line', () => {
    expect(htmlToText('<p><br>Line one<br>Line two<br><br><br>Line three<br></p>')).toBe('Line one\nLine two\n\nLine three');
  });

  it('makes each list item a paragraph, including nested lists', () => {
    expect(htmlToText('<ul><li>One</li><li>Two<ol><li>Two a</li></ol></li></ul><p>After</p>')).toBe('One\n\nTwo\n\nTwo a\n\nAfter');
  });

  it('keeps inline text together and spaces between words as the browser shows them', () => {
    expect(htmlToText('<p>Mr <strong>Obama</strong>&nbsp;said <a href="https://x.example">this</a>.</p>')).toBe('Mr Obama said this.');
  });

  it('keeps the lines of preformatted text; a run of blank lines shows as one', () => {
    expect(htmlToText('<pre>a = 1\nb = 2\n\n\nc = 3</pre>')).toBe('a = 1\nb = 2\n\nc = 3');
  });

  it('puts table rows on their own lines with cells separated by a tab', () => {
    expect(htmlToText('<table><tr><th>Name</th><th>Votes</th></tr><tr><td>Ada</td><td>7</td></tr></table>')).toBe('Name\tVotes\n\nAda\t7');
  });

  it('returns an empty string for markup without text', () => {
    expect(htmlToText('<div><p> </p><img src="https://x.example/a.png" alt="a"></div>')).toBe('');
  });
});
