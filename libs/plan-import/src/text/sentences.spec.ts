import { stripFinalDot, wordCount, wordLetterEnds } from './sentences';

/** The definitions the functions keep, written the plain way. */
const wordsByDefinition = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;
const strippedByDefinition = (text: string) =>
  text
    .replace(/\s*\.\/\.$/, '')
    .replace(/(?<!\.)\.$/, '')
    .trim();

/** Strings of the characters that matter here, from a seeded generator so a failure can be replayed. */
function* randomTexts(count: number, seed = 7): Generator<string> {
  const alphabet = ['a', 'Đ', 'ệ', '5', ' ', '  ', '\t', '\n', '\u00a0', '.', '/', '-', '–', '(', ')', '…', ';'];
  let state = seed;
  const next = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31);
  for (let i = 0; i < count; i += 1) {
    const length = next() % 12;
    yield Array.from({ length }, () => alphabet[next() % alphabet.length]).join('');
  }
}

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
    for (const text of randomTexts(5_000)) expect([text, wordCount(text)]).toEqual([text, wordsByDefinition(text)]);
  });
});

describe('wordLetterEnds', () => {
  it('counts the words of every prefix as wordCount does', () => {
    for (const text of randomTexts(1_000, 13)) {
      const ends = wordLetterEnds(text);
      for (let at = 0; at <= text.length; at += 1) {
        const counted = ends.filter((end) => end <= at).length;
        expect([text, at, counted]).toEqual([text, at, wordCount(text.slice(0, at))]);
      }
    }
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
    for (const text of randomTexts(5_000, 11)) {
      expect([text, stripFinalDot(text)]).toEqual([text, strippedByDefinition(text)]);
    }
  });
});
