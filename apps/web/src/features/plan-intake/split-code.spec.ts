import { describe, expect, it } from '@jest/globals';
import { splitCode } from './split-code';

describe('the code a split task gets', () => {
  it('is the next number or letter at the same level when it is free', () => {
    expect(splitCode('III.3.2', ['III.3.1', 'III.3.2'])).toBe('III.3.3');
    expect(splitCode('III.4.2.a', ['III.4.2.a'])).toBe('III.4.2.b');
    expect(splitCode('BC.1', ['BC.1'])).toBe('BC.2');
  });

  it('goes one level down when the next code is already taken', () => {
    expect(splitCode('III.3.2', ['III.3.2', 'III.3.3'])).toBe('III.3.2.1');
    expect(splitCode('III.3.2', ['III.3.2', 'III.3.3', 'III.3.2.1'])).toBe('III.3.2.2');
  });

  it('ignores case and spaces when checking what is taken', () => {
    expect(splitCode('1.a', ['1.a', '1.B '])).toBe('1.a.1');
  });

  it('gives a code ending in neither a number nor a letter a sub-number', () => {
    expect(splitCode('Mục I-', ['Mục I-'])).toBe('Mục I-.1');
    expect(splitCode('I', ['I'])).toBe('I.1');
  });
});
