import { useRef } from 'react';

const randomKey = (): string =>
  // crypto.randomUUID needs a secure context; the app may be opened over plain http inside a province's network.
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');

/**
 * One Idempotency-Key per distinct request, kept until it succeeds: pressing the button again after a timeout or a
 * 503 resends the same key, so the server records the report or the decision once. A changed request gets a new key.
 */
export const useIdempotencyKey = () => {
  const last = useRef<{ fingerprint: string; key: string } | null>(null);
  return {
    keyFor: (fingerprint: string): string => {
      if (last.current?.fingerprint !== fingerprint) last.current = { fingerprint, key: randomKey() };
      return last.current.key;
    },
    succeeded: (): void => {
      last.current = null;
    },
  };
};
