import type { Signal } from './quantities';
import { listed } from './word-patterns';

/**
 * Named entities without a model: runs of capitalised words ("Ottawa Convention", "US State
 * Department") and acronyms (BBC, UN, U.S.). ClaimBuster found named entities among the strongest
 * signs of a checkable sentence. The first word of a sentence is capitalised anyway, so a lone
 * capitalised word there says nothing; scripts without capitals simply score nothing here.
 */

interface Token {
  text: string;
  start: number;
  end: number;
}

const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’.-][\p{L}\p{M}\p{N}]+)*/gu;
/** Small words allowed inside a name: "Bank of England", "Ministry for the Interior". */
const CONNECTORS = new Set(['of', 'the', 'for', 'and', 'de', 'del', 'la', 'van', 'von', 'al', 'bin', 'on']);
/** Capitalised words that start sentences or clauses rather than name anything. */
const NOT_NAMES = new Set(
  ('The A An In On At To Of This That These Those He She It They We I You But And Or So If As For Meanwhile Although ' +
    'Though Which Who What When Where Why How Note Soon Also After Before While Then Its His Her Their Our My Your ' +
    'There Here However Still Yet Now Despite According Because Since Until With Without From By Some Many Most ' +
    'All No Not One Every Each Both Neither Nor Either Such Other Another Last Next First Later Earlier Today ' +
    'Yesterday Tomorrow Is Are Was Were Has Have Had Do Does Did Will Would Can Could Should May Might Must Mr Mrs Ms')
    .split(' '),
);
const DATE_WORDS = new Set(
  ('January February March April May June July August September October November December Monday Tuesday ' +
    'Wednesday Thursday Friday Saturday Sunday').split(' '),
);

function bare(word: string): string {
  return word.replace(/['’]s$/u, '');
}

function isAcronym(word: string): boolean {
  const core = bare(word);
  return /^(?:\p{Lu}\.){2,}$/u.test(core) || /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(core);
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word) && !DATE_WORDS.has(bare(word)) && word !== 'I';
}

function tokens(sentence: string): Token[] {
  return [...sentence.matchAll(TOKEN)].map((match) => ({
    text: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** Runs of capitalised words joined by single spaces (and connectors), each with whether it opens a sentence or quote. */
function capitalisedRuns(sentence: string): { words: string[]; atStart: boolean }[] {
  const list = tokens(sentence);
  const runs: { words: string[]; atStart: boolean }[] = [];
  const gapBefore = (i: number): string => sentence.slice(list[i - 1]?.end ?? 0, list[i]?.start ?? 0);
  let i = 0;
  while (i < list.length) {
    const token = list[i];
    if (!token || !isCapitalised(token.text)) {
      i++;
      continue;
    }
    const atStart = i === 0 || /['"‘“«(:]\s*$/u.test(gapBefore(i));
    const words = [token.text];
    let j = i + 1;
    for (;;) {
      const next = list[j];
      if (!next || gapBefore(j) !== ' ') break;
      if (isCapitalised(next.text)) {
        words.push(next.text);
        j++;
        continue;
      }
      const after = list[j + 1];
      if (CONNECTORS.has(next.text) && after && gapBefore(j + 1) === ' ' && isCapitalised(after.text)) {
        words.push(next.text, after.text);
        j += 2;
        continue;
      }
      break;
    }
    runs.push({ words, atStart });
    i = j;
  }
  return runs;
}

export interface Names {
  /** Multi-word names and acronyms: strong signs. */
  strong: string[];
  /** Single capitalised words inside the sentence ("Ukraine", "Russia"). */
  weak: string[];
}

export function findNames(sentence: string): Names {
  const strong = new Set<string>();
  const weak = new Set<string>();
  for (const run of capitalisedRuns(sentence)) {
    const words = [...run.words];
    while (words.length > 0 && NOT_NAMES.has(words[0] ?? '')) words.shift();
    while (words.length > 0 && CONNECTORS.has(words[words.length - 1] ?? '')) words.pop();
    const first = words[0];
    if (first === undefined) continue;
    const trimmedAtStart = run.atStart && words.length === run.words.length;
    if (words.length === 1) {
      if (isAcronym(first)) strong.add(bare(first));
      else if (!trimmedAtStart) weak.add(bare(first));
    } else {
      const name = words.join(' ');
      strong.add(name.replace(/['’]s$/u, ''));
    }
  }
  return { strong: [...strong], weak: [...weak] };
}

export function nameSignal(sentence: string): Signal | null {
  const { strong, weak } = findNames(sentence);
  const weight = Math.min(2.5, strong.length) + Math.min(1, weak.length * 0.4);
  if (weight === 0) return null;
  return { weight, reason: `names: ${listed([...strong, ...weak], 4)}` };
}
