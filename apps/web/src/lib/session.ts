import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Session } from '../api/types';
import { networkProblem, problemFrom } from './api-problem';

export const sessionKey = ['session'] as const;

const fetchSession = async (): Promise<Session | null> => {
  let response: Response;
  try {
    response = await fetch('/api/session', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  } catch {
    throw networkProblem();
  }
  if (response.status === 401) return null;
  const body = await response.text();
  if (!response.ok) throw problemFrom(response.status, response.statusText, body, response.headers.get('Retry-After'));
  return JSON.parse(body) as Session;
};

/** The visitor's session (personal link or login), or null when there is none. */
export const sessionQuery = queryOptions({ queryKey: sessionKey, queryFn: fetchSession, staleTime: 60_000 });

export const useSession = () => useQuery(sessionQuery);
