import autocannon from 'autocannon';

export interface LoadFigures {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
}

export interface Load {
  url: string;
  authorization: string;
  seconds: number;
  /** Requests per second across all connections; unset for as fast as the server answers. */
  rate?: number;
}

/**
 * Ten connections on `url` for `seconds`. The load comes from a worker thread, so it does not queue on the event
 * loop of a server started in this process (the machine's cores are still shared).
 */
export async function drive({ url, authorization, seconds, rate }: Load): Promise<LoadFigures> {
  const result = await autocannon({
    url,
    headers: { authorization },
    connections: 10,
    duration: seconds,
    workers: 1,
    ...(rate === undefined ? {} : { overallRate: rate }),
  });
  return {
    requestsPerSecond: Number((result.requests.total / result.duration).toFixed(1)),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}
