import { type BadRequestException } from '@nestjs/common';
import { NulFreePipe } from './nul-free.pipe';

describe('NulFreePipe', () => {
  const pipe = new NulFreePipe();
  const refusal = (value: unknown, type: 'body' | 'query' | 'param' = 'body', data?: string) => {
    try {
      pipe.transform(value, { type, data });
      return null;
    } catch (error) {
      return (error as BadRequestException).getResponse();
    }
  };

  it('passes Vietnamese text, newlines and tabs untouched', () => {
    const body = { title: 'Kế hoạch\tphổ biến\npháp luật', basis: ['Luật Phổ biến, giáo dục pháp luật'] };
    expect(pipe.transform(body, { type: 'body' })).toBe(body);
  });

  it('refuses a NUL in a nested value or a key, naming its path', () => {
    expect(refusal({ basis: ['Luật', 'Nghị\u0000định'] })).toMatchObject({ errors: [{ field: 'basis[1]' }] });
    expect(refusal({ a: { ['b\u0000']: 1 } })).toMatchObject({ errors: [{ field: 'a.b\u0000' }] });
    expect(refusal({ q: 'so\u0000' }, 'query')).toMatchObject({ errors: [{ field: 'q' }] });
    expect(refusal('a\u0000', 'param', 'id')).toMatchObject({ errors: [{ field: 'id' }] });
  });

  it('refuses a body nested past 32 levels without overflowing the stack, naming where it went too deep', () => {
    let deep: unknown = 'sâu';
    for (let level = 0; level < 10_000; level += 1) deep = [deep];
    expect(refusal({ basis: deep })).toMatchObject({ errors: [{ field: `basis${'[0]'.repeat(32)}` }] });
    let nested: unknown = 'sâu';
    for (let level = 0; level < 32; level += 1) nested = [nested];
    expect(refusal({ basis: nested })).toBeNull();
  });

  it('refuses a lone surrogate, which would make the email validator throw, naming its path', () => {
    expect(refusal({ focalEmails: ['x\udfffy@stp.dondoc.invalid'] })).toMatchObject({
      errors: [{ field: 'focalEmails[0]' }],
    });
    expect(refusal({ standingOfficeEmail: '\ud800' })).toMatchObject({ errors: [{ field: 'standingOfficeEmail' }] });
    expect(refusal({ title: 'Sở Tư pháp 😀' })).toBeNull();
  });
});
