import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AssignmentPage } from '../../api/types';
import { api } from '../../lib/api';

export const myAssignmentsQuery = queryOptions({
  queryKey: ['assignments', 'list', { pageSize: 100 }],
  queryFn: () => api.get<AssignmentPage>('/api/assignments?pageSize=100'),
});

export const useMyAssignments = (enabled: boolean) => useQuery({ ...myAssignmentsQuery, enabled });
