import { useMutation } from '@tanstack/react-query';
import type { RenewalRequest, RenewalResponse } from '../../api/types';
import { api } from '../../lib/api';

export const useRequestRenewal = () =>
  useMutation({
    mutationFn: (body: RenewalRequest) => api.post<RenewalResponse>('/api/personal-links/renewals', body),
  });
