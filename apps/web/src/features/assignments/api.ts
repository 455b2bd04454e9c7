import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AssignmentSummary, Page } from '../../api/types';
import { api } from '../../lib/api';

export const myAssignmentsQuery = queryOptions({
  queryKey: ['assignments', 'list', { pageSize: 100 }],
  queryFn: () => api.get<Page<AssignmentSummary>>('/api/assignments?pageSize=100'),
});

export const useMyAssignments = (enabled: boolean) => useQuery({ ...myAssignmentsQuery, enabled });
