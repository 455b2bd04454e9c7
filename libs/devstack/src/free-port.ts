import { createServer, type AddressInfo } from 'node:net';
import { randomInt } from 'node:crypto';

/** A port the OS just handed out: good enough for test services started right after. */
export function freePort(): Promise<number> {
  return listenOn(0);
}

/**
 * A free port for a server that binds it seconds later (PostgreSQL after initdb) or again after a restart: below the
 * ephemeral range, which outgoing connections draw their local ports from and could take it from meanwhile.
 */
export const freeServerPort = (): Promise<number> => freePortBelow(32_768);

/**
 * A free port below `limit`, outside the ephemeral range the OS hands out: Temporal stores its membership ports
 * as a PostgreSQL smallint, so they must stay under 32768.
 */
export async function freePortBelow(limit: number, from = 20_000): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const port = await listenOn(randomInt(from, limit)).catch(() => undefined);
    if (port) return port;
  }
  throw new Error(`no free port between ${from} and ${limit}`);
}

function listenOn(wanted: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(wanted, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
