import { listed, matchesOf, wordsRegex, wrapWord } from './word-patterns';

/**
 * Numbers, quantities, percentages, money and dates: the commonest kind of checkable claim in Full
 * Fact's and ClaimBuster's work. Digits are matched with \p{Nd}, so Bangla ১২২ and Arabic-Indic ١٢٢
 * count as much as 122.
 */

export interface Signal {
  weight: number;
  reason: string;
}

const DIGITS = '\\p{Nd}+(?:[.,:]\\p{Nd}+)*';
const DAY = '\\p{Nd}{1,2}(?:st|nd|rd|th)?';
const DAY_RANGE = `${DAY}(?:\\s?[-–]\\s?${DAY})?`;
const YEAR = '\\p{Nd}{4}';
/** Month names that cannot be anything else; "May" and abbreviations need a day or year next to them. */
const MONTH = 'January|February|March|April|June|July|August|September|October|November|December';
const MONTH_ANY = `${MONTH}|May|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?`;
const WEEKDAY = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const RELATIVE =
  '(?:[Yy]esterday|[Tt]oday|[Tt]onight|[Ll]ast\\s+(?:week|month|year|night|weekend)|[Tt]his\\s+(?:week|month|year)|' +
  `(?:a|an|one|two|three|several|${DIGITS})\\s+(?:day|days|week|weeks|month|months|year|years)\\s+ago)`;

/** Dates, longest forms first so "December 3-4, 1997" is one date and not three numbers. */
const DATE = wrapWord(
  [
    `(?:${MONTH_ANY})\\s+${DAY_RANGE}(?:,?\\s+${YEAR})?`,
    `${DAY_RANGE}\\s+(?:${MONTH_ANY})(?:,?\\s+${YEAR})?`,
    `(?:${MONTH_ANY})\\s+${YEAR}`,
    '\\p{Nd}{4}-\\p{Nd}{2}-\\p{Nd}{2}',
    '\\p{Nd}{1,2}/\\p{Nd}{1,2}/\\p{Nd}{2,4}',
    `(?:in|since|by|until|from|before|after)\\s+(?:1[5-9]|20)\\d\\d`,
    MONTH,
    WEEKDAY,
    RELATIVE,
  ].join('|'),
);

const CURRENCY_SYMBOL = '[$€£¥₹৳₽₩₦₺₴]';
const SCALE = '(?:\\s?(?:million|billion|trillion|crore|lakh|bn|m|k))?';
const CURRENCY_WORD = '(?:dollars?|euros?|pounds?|yen|yuan|rupees?|taka|roubles?|rubles?|hryvnias?|cents?|pence)';
const MONEY = wrapWord(
  [
    `${CURRENCY_SYMBOL}\\s?${DIGITS}${SCALE}`,
    `(?:USD|EUR|GBP|BDT|Tk\\.?|Rs\\.?)\\s?${DIGITS}${SCALE}`,
    `${DIGITS}${SCALE}\\s${CURRENCY_WORD}`,
  ].join('|'),
);
// Currency symbols are not letters, so a leading "$" cannot sit behind the word look-behind: allow it.
const MONEY_LOOSE = new RegExp(MONEY.source.replace('(?<![\\p{L}\\p{M}\\p{N}])', '(?<![\\p{L}\\p{M}\\p{N}$€£¥₹৳₽₩₦₺₴])'), 'gu');

const PERCENT = new RegExp(`${DIGITS}\\s?(?:%|٪|per\\s?cent|percentage\\s+points?)`, 'gu');

/** A number, with the unit or noun right after it when there is one: "122 countries", "4 hours", "১২২টি". */
const NUMBER = new RegExp(`(?<![\\p{L}\\p{N}])${DIGITS}(?:[\\p{L}\\p{M}]+|\\s[\\p{Ll}\\p{Lo}][\\p{L}\\p{M}]*)?`, 'gu');
/** "from 4 hours to 2 weeks", "between 10 and 20": a stated range is precise enough to check. */
const RANGE = new RegExp(
  `(?:from|between)\\s+${DIGITS}(?:\\s[\\p{L}\\p{M}]+)?\\s+(?:to|and)\\s+${DIGITS}(?:\\s[\\p{L}\\p{M}]+)?`,
  'u',
);
/** Words that may follow a number without being its unit. */
const NOT_A_UNIT = new Set(['new', 'more', 'other', 'out', 'per', 'and', 'or', 'to', 'of', 'in', 'on', 'at', 'for', 'the', 'a', 'was', 'were', 'is', 'are', 'by', 'from', 'with', 'as']);

const SPELLED_QUANTITY = wordsRegex([
  'dozens', 'hundreds', 'thousands', 'millions', 'billions', 'a dozen', 'a hundred', 'a thousand', 'a million',
  'a billion', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'half of', 'a third of',
  'a quarter of', 'twice', 'tripled', 'doubled', 'halved',
], 'giu');

/** Remove matched spans (replace them with spaces, keeping offsets) so later patterns do not count them again. */
function blank(text: string, regex: RegExp): { found: string[]; rest: string } {
  const found = matchesOf(regex, text);
  const rest = text.replace(regex, (match) => ' '.repeat(match.length));
  return { found, rest };
}

function numberLabel(match: string): string {
  const [digits, unit] = match.split(/\s/);
  return unit !== undefined && NOT_A_UNIT.has(unit.toLowerCase()) ? (digits ?? match) : match;
}

export function dateSignal(sentence: string): { signal: Signal | null; rest: string } {
  const { found, rest } = blank(sentence, DATE);
  if (found.length === 0) return { signal: null, rest };
  return { signal: { weight: 2, reason: `has ${found.length === 1 ? 'a date' : 'dates'}: ${listed(found, 2)}` }, rest };
}

/** Quantities in what is left once dates are blanked out. */
export function quantitySignals(sentenceWithoutDates: string): Signal[] {
  const signals: Signal[] = [];
  const money = blank(sentenceWithoutDates, MONEY_LOOSE);
  const percent = blank(money.rest, PERCENT);
  const numbers = matchesOf(NUMBER, percent.rest).map(numberLabel);
  const count = money.found.length + percent.found.length + numbers.length;
  if (money.found.length > 0) signals.push({ weight: 1, reason: `has an amount of money: ${listed(money.found, 2)}` });
  if (percent.found.length > 0) signals.push({ weight: 1, reason: `has a percentage: ${listed(percent.found, 2)}` });
  if (numbers.length > 0) {
    signals.push({ weight: 0, reason: `has ${numbers.length === 1 ? 'a number' : 'numbers'}: ${listed(numbers)}` });
  }
  const range = RANGE.exec(sentenceWithoutDates);
  if (range) signals.push({ weight: 1, reason: `has a range: ${range[0].replace(/\s+/g, ' ')}` });
  const first = signals[0];
  if (first) {
    // The first figure is the strongest sign of a checkable claim; more figures add a little each.
    first.weight += 4 + Math.min(2, count - 1);
    return signals;
  }
  const spelled = matchesOf(SPELLED_QUANTITY, percent.rest);
  if (spelled.length > 0) signals.push({ weight: 2, reason: `has a quantity: ${listed(spelled, 2)}` });
  return signals;
}

/** True when the sentence has a figure in digits, in any script. */
export function hasDigits(sentence: string): boolean {
  return /\p{Nd}/u.test(sentence);
}
