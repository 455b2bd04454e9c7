import fc from 'fast-check';
import { textsOf } from '../testing/text-arbitraries';
import { collapse, stripFinalDot, wordCount, wordLetterEnds } from './sentences';

/** The definitions the functions keep, written the plain way. */
const wordsByDefinition = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;
const collapsedByDefinition = (text: string) => text.replace(/\s+/g, ' ').trim();
const strippedByDefinition = (text: string) =>
  text
    .replace(/\s*\.\/\.$/, '')
    .replace(/(?<!\.)\.$/, '')
    .trim();

const PIECES = ['a', 'Đ', 'ệ', '5', ' ', '  ', '\t', '\n', '\u00a0', '.', '/', '-', '–', '(', ')', '…', ';'];

describe('wordCount', () => {
  it('counts the runs between spaces that hold a letter or a digit', () => {
    expect(wordCount('Sở Tư pháp chủ trì')).toBe(5);
    expect(wordCount('  Quý III/2024 – hằng năm ;  ')).toBe(4);
    expect(wordCount('(đ) - … 20/11')).toBe(2);
    expect(wordCount('\tđơn\u00a0vị\n')).toBe(2);
    expect(wordCount(' - ; … ')).toBe(0);
    expect(wordCount('')).toBe(0);
  });

  it('agrees with splitting on spaces for 5,000 random texts', () => {
    fc.assert(
      fc.property(textsOf(PIECES), (text) => expect(wordCount(text)).toBe(wordsByDefinition(text))),
      { numRuns: 5_000 },
    );
  });
});

describe('wordLetterEnds', () => {
  it('counts the words of every prefix as wordCount does', () => {
    fc.assert(
      fc.property(textsOf(PIECES), (text) => {
        const ends = wordLetterEnds(text);
        for (let at = 0; at <= text.length; at += 1) {
          const counted = ends.filter((end) => end <= at).length;
          expect([at, counted]).toEqual([at, wordCount(text.slice(0, at))]);
        }
      }),
      { numRuns: 1_000 },
    );
  });

  it('stops after `limit` words', () => {
    expect(wordLetterEnds('Sở Tư pháp chủ trì', 2)).toEqual([1, 4]);
    fc.assert(
      fc.property(textsOf(PIECES), (text) => expect(wordLetterEnds(text, 3)).toEqual(wordLetterEnds(text).slice(0, 3))),
      { numRuns: 1_000 },
    );
  });
});

describe('stripFinalDot', () => {
  it('drops a closing ./. or a single closing dot, and keeps an ellipsis', () => {
    expect(stripFinalDot('Tổ chức thực hiện ./.')).toBe('Tổ chức thực hiện');
    expect(stripFinalDot('Báo cáo kết quả../.')).toBe('Báo cáo kết quả');
    expect(stripFinalDot('Hoàn thành trong Quý IV.')).toBe('Hoàn thành trong Quý IV');
    expect(stripFinalDot('các cơ quan khác...')).toBe('các cơ quan khác...');
    expect(stripFinalDot('Sở Tư pháp . ')).toBe('Sở Tư pháp .');
  });

  it('agrees with the regular expressions it replaced for 5,000 random texts', () => {
    fc.assert(
      fc.property(textsOf(PIECES), (text) => expect(stripFinalDot(text)).toBe(strippedByDefinition(text))),
      { numRuns: 5_000 },
    );
  });
});

describe('collapse', () => {
  it('turns every run of spaces, tabs, breaks and no-break spaces into one space, trimmed', () => {
    expect(collapse(' Sở  Tư\tpháp\n\nchủ\u00a0trì ')).toBe('Sở Tư pháp chủ trì');
    expect(collapse('Sở Tư pháp')).toBe('Sở Tư pháp');
  });

  it('agrees with replacing every run for 5,000 random texts', () => {
    fc.assert(
      fc.property(textsOf(PIECES), (text) => expect(collapse(text)).toBe(collapsedByDefinition(text))),
      { numRuns: 5_000 },
    );
  });
});
