import type { Signal } from './quantities';
import { wordsSource } from './word-patterns';

/**
 * Attributions ("said", "according to", "confirmed to the BBC"): Full Fact checks what someone
 * said, so a sentence that reports a statement is worth a look, and its reason names who said it.
 */

const VERBS = [
  'said', 'says', 'say', 'told', 'tells', 'reported', 'reports', 'confirmed', 'confirms', 'announced', 'announces',
  'stated', 'claimed', 'denied', 'denies', 'admitted', 'revealed', 'estimated', 'testified', 'warned', 'insisted',
  'acknowledged', 'added', 'noted', 'wrote', 'cited', 'citing', 'according to', 'quoted', 'in a statement',
];

const NAME = "\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}.'’-]*)*";
const VERB = new RegExp(wordsSource(VERBS), 'giu');
/** "to the BBC", "by Reuters": who was told or who reported. */
const TO_WHOM = new RegExp(`^\\s+(?:to|by)\\s+(?:the\\s+)?${NAME}`, 'u');
/** "according to the ministry's figures", "citing a US defense official": up to five words of who. */
const WHO_AFTER = /^\s+(?:[^\s,.;:!?]+\s+){0,4}?[^\s,.;:!?]+(?=[,.;:!?]|\s+that\s|$)/u;
/** "US State Department said": the speaker right before the verb. */
const WHO_BEFORE = new RegExp(`(?:the\\s+)?${NAME}\\s+$`, 'u');

function whoSaid(sentence: string, index: number, verb: string): string {
  const after = sentence.slice(index + verb.length);
  const told = TO_WHOM.exec(after);
  if (told) return `${verb}${told[0]}`;
  if (/^(?:according to|citing|cited)$/iu.test(verb)) {
    const who = WHO_AFTER.exec(after);
    if (who) return `${verb}${who[0]}`;
  }
  const speaker = WHO_BEFORE.exec(sentence.slice(0, index));
  if (speaker && !/^(?:The|A|An|He|She|It|They|We|I)\s+$/u.test(speaker[0])) return `${speaker[0]}${verb}`;
  return verb;
}

/** "is announced", "are being told to": a passive with no one named says nothing about a source. */
const PASSIVE_BEFORE = /(?:^|\s)(?:is|are|was|were|been|be|being)\s+(?:\p{L}+ly\s+)?$/iu;
const BY_AGENT = /^\s+by\s/u;

export function attributionSignal(sentence: string): Signal | null {
  const found: string[] = [];
  for (const match of sentence.matchAll(VERB)) {
    const before = sentence.slice(0, match.index);
    const after = sentence.slice(match.index + match[0].length);
    if (PASSIVE_BEFORE.test(before) && !BY_AGENT.test(after)) continue;
    found.push(whoSaid(sentence, match.index, match[0]).replace(/\s+/g, ' '));
  }
  // "In a statement, the ministry said" is better told by who said it than by "in a statement".
  const best = found.find((phrase) => phrase.includes(' ') && !/^in a statement$/iu.test(phrase)) ?? found[0];
  return best === undefined ? null : { weight: 2.5, reason: `attributed: ${best}` };
}
