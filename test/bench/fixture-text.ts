/** Deterministic, newsy filler text for the benchmark fixtures (a seeded PRNG, so runs are comparable). */
const WORDS = (
  'the council said budget million percent report police officials city state federal agency year ' +
  'according to data showed rose fell increase decrease spokesperson minister court ruling hospital ' +
  'schools teachers housing rent prices inflation election voters campaign survey poll respondents ' +
  'investigation documents obtained by records show contract company workers union strike river ' +
  'bridge roads repairs health department figures published on tuesday analysis experts estimate'
).split(' ');

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function sentence(random: () => number, words = 8 + Math.floor(random() * 14)): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(random() * WORDS.length)] ?? 'news');
  const text = out.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)} ${Math.floor(random() * 100)}.`;
}

/** About `bytes` of text in paragraphs separated by blank lines. */
export function article(random: () => number, bytes: number): string {
  const paragraphs: string[] = [];
  let size = 0;
  while (size < bytes) {
    const p = Array.from({ length: 3 + Math.floor(random() * 3) }, () => sentence(random)).join(' ');
    paragraphs.push(p);
    size += p.length + 2;
  }
  return paragraphs.join('\n\n');
}
