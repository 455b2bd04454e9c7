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
});
