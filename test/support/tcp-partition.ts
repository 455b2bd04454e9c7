import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { freePort } from '@dondoc/devstack';

export interface TcpPartition {
  /** host:port to point a client at instead of the target. */
  address: string;
  /** From now on bytes stop flowing both ways and new connections hang: a peer that is there but never answers. */
  cut: () => void;
  /** Bytes flow again, held ones first. */
  heal: () => void;
  close: () => Promise<void>;
}

/**
 * A TCP relay in front of a real server that a test can cut like a network partition: the client's packets are
 * accepted and go nowhere, the way a stalled or unreachable server looks from outside (no refusal, no reset).
 */
export async function tcpPartition(target: { host: string; port: number }): Promise<TcpPartition> {
  const sockets = new Set<Socket>();
  let isCut = false;
  const server: Server = createServer((client) => {
    const upstream = createConnection(target);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => socket.destroy());
    }
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    client.pipe(upstream);
    upstream.pipe(client);
    if (isCut) [client, upstream].forEach((socket) => socket.pause());
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    address: `127.0.0.1:${port}`,
    cut: () => {
      isCut = true;
      for (const socket of sockets) socket.pause();
    },
    heal: () => {
      isCut = false;
      for (const socket of sockets) socket.resume();
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
