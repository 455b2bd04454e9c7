import { pooled } from './mail-sender';

describe('pooled SMTP URL', () => {
  it('pools five connections unless the URL says otherwise, keeping credentials intact', () => {
    expect(pooled('smtps://dondoc:m%E1%BA%ADt@relay.example:465')).toBe(
      'smtps://dondoc:m%E1%BA%ADt@relay.example:465?pool=true&maxConnections=5',
    );
    expect(pooled('smtp://localhost:1025?pool=false')).toBe('smtp://localhost:1025?pool=false&maxConnections=5');
    expect(pooled('smtp://localhost:1025?maxConnections=2')).toBe('smtp://localhost:1025?maxConnections=2&pool=true');
  });
});
