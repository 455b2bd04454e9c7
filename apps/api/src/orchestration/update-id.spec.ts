import { updateIdsOf } from './update-id';

describe('updateIdsOf', () => {
  it("names a keyed request's attempts by kind and key, the first as the key alone, the same on every retry", () => {
    const ids = updateIdsOf('submit', 'key-12345678');
    expect([0, 1, 2].map((attempt) => ids.of(attempt))).toEqual([
      'submit:key-12345678',
      'submit:key-12345678:attempt-1',
      'submit:key-12345678:attempt-2',
    ]);
    expect(updateIdsOf('submit', 'key-12345678').of(1)).toBe(ids.of(1));
    expect(ids.sharedWithRetries).toBe(true);
  });

  it('gives a request without a key ids of its own', () => {
    const [one, other] = [updateIdsOf('submit', undefined), updateIdsOf('submit', undefined)];
    expect(one.of(0)).toMatch(/^submit:[0-9a-f-]{36}$/);
    expect(one.of(1)).toBe(`${one.of(0)}:attempt-1`);
    expect(other.of(0)).not.toBe(one.of(0));
    expect(one.sharedWithRetries).toBe(false);
  });
});
