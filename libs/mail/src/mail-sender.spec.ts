import { pooled } from './mail-sender';

const timeouts = 'connectionTimeout=15000&greetingTimeout=10000&socketTimeout=30000';

describe('pooled SMTP URL', () => {
  it('pools five connections unless the URL says otherwise, keeping credentials intact', () => {
    expect(pooled('smtps://dondoc:m%E1%BA%ADt@relay.example:465')).toBe(
      `smtps://dondoc:m%E1%BA%ADt@relay.example:465?pool=true&maxConnections=5&${timeouts}`,
    );
    expect(pooled('smtp://localhost:1025?pool=false')).toBe(
      `smtp://localhost:1025?pool=false&maxConnections=5&${timeouts}`,
    );
    expect(pooled('smtp://localhost:1025?maxConnections=2')).toBe(
      `smtp://localhost:1025?maxConnections=2&pool=true&${timeouts}`,
    );
  });

  it('ends a stalled send well inside the send activity’s minute, unless the URL says otherwise', () => {
    const url = new URL(pooled('smtp://relay.example:25?socketTimeout=5000'));
    expect(Number(url.searchParams.get('socketTimeout'))).toBe(5000);
    expect(Number(url.searchParams.get('connectionTimeout'))).toBeLessThan(60_000);
    expect(Number(url.searchParams.get('greetingTimeout'))).toBeLessThan(60_000);
  });
});

describe('SMTP in production', () => {
  it('requires STARTTLS on a plain smtp:// relay, and leaves smtps:// (TLS from the start) as it is', () => {
    expect(new URL(pooled('smtp://relay.example:587', { requireTls: true })).searchParams.get('requireTLS')).toBe(
      'true',
    );
    expect(new URL(pooled('smtps://relay.example:465', { requireTls: true })).searchParams.has('requireTLS')).toBe(
      false,
    );
    expect(new URL(pooled('smtp://localhost:1025')).searchParams.has('requireTLS')).toBe(false);
    const sameHost = new URL(pooled('smtp://127.0.0.1:25?requireTLS=false', { requireTls: true }));
    expect(sameHost.searchParams.get('requireTLS')).toBe('false');
  });
});
