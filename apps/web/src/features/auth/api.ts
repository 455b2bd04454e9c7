import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { LoginRequest, Session } from '../../api/types';
import { api } from '../../lib/api';
import { sessionKey } from '../../lib/session';

export const useLogin = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginRequest) => api.post<Session>('/api/auth/session', body),
    onSuccess: (session) => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKey[0] });
      queryClient.setQueryData(sessionKey, session);
    },
  });
};

/** Leaves the page before dropping cached data, so the page does not refetch (and hit 401) on its way out. */
export const useLogout = () => {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => api.delete<void>('/api/auth/session'),
    onSuccess: async () => {
      await navigate('/');
      queryClient.clear();
      queryClient.setQueryData(sessionKey, null);
    },
  });
};
