import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AgencyMergerResult,
  AgencyOptionPage,
  AssignmentState,
  AssignmentTimeline,
  ExtendDeadlineRequest,
  ExtendOpenRequest,
  ExtendOpenResult,
  MergeAgencyRequest,
  MergePreview,
  ReassignAssignmentRequest,
  ReportView,
  ReviewAssignmentRequest,
  WaiveAssignmentRequest,
} from '../../api/types';
import { api } from '../../lib/api';
import { useIdempotencyKey } from '../../lib/idempotency';

const assignmentPath = (id: string) => `/api/assignments/${encodeURIComponent(id)}`;
const assignmentKey = (id: string) => ['assignments', id] as const;

/** The task, plan, agency, deadline and reports: the same view the agency's report page reads. */
export const useDeskView = (id: string) =>
  useQuery({
    queryKey: [...assignmentKey(id), 'report-view'],
    queryFn: () => api.get<ReportView>(`${assignmentPath(id)}/report-view`),
  });

export const useTimeline = (id: string) =>
  useQuery({
    queryKey: [...assignmentKey(id), 'timeline'],
    queryFn: () => api.get<AssignmentTimeline>(`${assignmentPath(id)}/timeline`),
  });

export interface ActionRequests {
  review: ReviewAssignmentRequest;
  extend: ExtendDeadlineRequest;
  waive: WaiveAssignmentRequest;
  reassign: ReassignAssignmentRequest;
}

export type ActionName = keyof ActionRequests;

/** One of the coordinator's decisions; the page reads the assignment again once the workflow answered. */
export const useAssignmentAction = <A extends ActionName>(id: string, action: A) => {
  const queryClient = useQueryClient();
  const idempotency = useIdempotencyKey();
  return useMutation({
    mutationFn: (body: ActionRequests[A]) =>
      api.post<AssignmentState>(`${assignmentPath(id)}/${action}`, body, {
        idempotencyKey: idempotency.keyFor(JSON.stringify(body)),
      }),
    onSuccess: () => idempotency.succeeded(),
    onSettled: () => queryClient.invalidateQueries({ queryKey: assignmentKey(id) }),
  });
};

/** Active agencies by name, diacritics optional. */
export const useAgencySearch = (q: string) =>
  useQuery({
    queryKey: ['agencies', 'search', q],
    queryFn: () => {
      const params = new URLSearchParams({ active: 'true', pageSize: '20', ...(q ? { q } : {}) });
      return api.get<AgencyOptionPage>(`/api/agencies?${params.toString()}`);
    },
    placeholderData: keepPreviousData,
  });

export const useExtendOpen = (planId: string, taskId: string, assignmentId: string) => {
  const queryClient = useQueryClient();
  const idempotency = useIdempotencyKey();
  return useMutation({
    mutationFn: (body: ExtendOpenRequest) =>
      api.post<ExtendOpenResult>(
        `/api/plans/${encodeURIComponent(planId)}/tasks/${encodeURIComponent(taskId)}/extend-open`,
        body,
        body.dryRun ? {} : { idempotencyKey: idempotency.keyFor(JSON.stringify(body)) },
      ),
    onSuccess: (result) => {
      if (result.dryRun) return;
      idempotency.succeeded();
      return queryClient.invalidateQueries({ queryKey: assignmentKey(assignmentId) });
    },
  });
};

export const useMergePreview = (agencyId: string, successorId: string | null) =>
  useQuery({
    queryKey: ['agencies', agencyId, 'merge-preview', successorId],
    queryFn: () =>
      api.get<MergePreview>(
        `/api/agencies/${encodeURIComponent(agencyId)}/merge-into/preview?successorId=${encodeURIComponent(successorId ?? '')}`,
      ),
    enabled: successorId !== null,
  });

export const useMergeAgency = (agencyId: string, assignmentId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MergeAgencyRequest) =>
      api.post<AgencyMergerResult>(`/api/agencies/${encodeURIComponent(agencyId)}/merge-into`, body),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: assignmentKey(assignmentId) }),
        queryClient.invalidateQueries({ queryKey: ['agencies'] }),
      ]),
  });
};
