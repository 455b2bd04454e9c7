import { type TLSConfig } from '@temporalio/common/lib/internal-non-workflow';
import { readFileSync } from 'node:fs';
import { type AppConfig } from '@dondoc/config';

/** What the API's client and the worker both connect with: the address, and TLS (or mTLS) when configured. */
export function temporalConnectionOptions(config: AppConfig): { address: string; tls?: TLSConfig } {
  const { address, tls } = config.temporal;
  if (!tls) return { address };
  return {
    address,
    tls: {
      ...(tls.serverName && { serverNameOverride: tls.serverName }),
      ...(tls.caFile && { serverRootCACertificate: readFileSync(tls.caFile) }),
      ...(tls.certFile &&
        tls.keyFile && { clientCertPair: { crt: readFileSync(tls.certFile), key: readFileSync(tls.keyFile) } }),
    },
  };
}
