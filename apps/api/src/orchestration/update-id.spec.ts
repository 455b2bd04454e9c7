import { updateIdOf } from './update-id';

describe('updateIdOf', () => {
  it('names an update by its kind and key, and each later attempt of it apart, the same way on every retry', () => {
    expect(updateIdOf('submit', 'key-12345678')).toEqual({ updateId: 'submit:key-12345678' });
    expect(updateIdOf('submit', 'key-12345678', 0)).toEqual({ updateId: 'submit:key-12345678' });
    expect(updateIdOf('submit', 'key-12345678', 2)).toEqual({ updateId: 'submit:key-12345678:attempt-2' });
  });

  it('leaves the id to Temporal without a key', () => {
    expect(updateIdOf('submit', undefined, 1)).toEqual({});
  });
});
