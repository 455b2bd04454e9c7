import { QueryClient } from '@tanstack/react-query';
import { isApiProblem } from './api-problem';

const retryable = (error: unknown): boolean => !isApiProblem(error) || error.status === 0 || error.status >= 500;

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (failureCount, error) => failureCount < 2 && retryable(error),
      refetchOnWindowFocus: false,
      staleTime: 30_000,
    },
    mutations: { retry: false },
  },
});
