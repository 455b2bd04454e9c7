import { useMutation } from '@tanstack/react-query';
import type { ChangePasswordRequest } from '../../api/types';
import { api } from '../../lib/api';
import { queryClient } from '../../lib/query-client';
import { sessionKey } from '../../lib/session';

/** The API gives the browser a fresh session cookie (and CSRF token) with the change: the session is re-read. */
export const useChangePassword = () =>
  useMutation({
    mutationFn: (body: ChangePasswordRequest) => api.post<void>('/api/auth/password', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKey }),
  });
