import { describe, expect, it } from 'vitest';
import { fileNameFor } from '../../../main/briefs/brief-file-name';
import { handBuiltModel } from './hand-built-model';

const named = (title: string) => fileNameFor(handBuiltModel({ title, generatedAt: '2025-03-01T10:00:00.000Z' }), 'pdf');

describe('the file name of an exported brief', () => {
  it('is the title in lower case with dashes, the day and the extension', () => {
    expect(named('Land mines: what checks out?')).toBe('land-mines-what-checks-out-2025-03-01.pdf');
  });

  it('cuts a long title at a word boundary', () => {
    const name = named('The council budget, the bridge that never opened, and the mayor who said it would open in May');
    expect(name).toBe('the-council-budget-the-bridge-that-never-opened-and-the-2025-03-01.pdf');
  });

  it('keeps 60 characters of a long title written without spaces', () => {
    const title = '北京市政府宣布从明年起将对所有公共交通实行免费乘车政策以减少空气污染并鼓励市民少开车出行这项政策预计将惠及数百万居民';
    expect(named(title)).toBe(`${Array.from(title).slice(0, 60).join('')}-2025-03-01.pdf`);
  });

  it('falls back to "brief" for a title with no letters or digits', () => {
    expect(named('?!…')).toBe('brief-2025-03-01.pdf');
  });
});
