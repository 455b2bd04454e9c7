import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type {
  Agency,
  AgencyStatusReport,
  AssignmentPage,
  AssignmentStatus,
  Plan,
  PlanOverviewPage,
  PlanProgress,
  PlanStatus,
  PlanStatusReport,
  Ranking,
} from '../../api/types';
import { api } from '../../lib/api';

/** `?a=1&b=…` from the filled-in values only. */
export const queryString = (params: Record<string, string | number | undefined | null>): string => {
  const search = new URLSearchParams();
  Object.entries(params).forEach(([key, value]) => {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  });
  const text = search.toString();
  return text ? `?${text}` : '';
};

const planPath = (planId: string) => `/api/plans/${encodeURIComponent(planId)}`;
const agencyPath = (agencyId: string) => `/api/agencies/${encodeURIComponent(agencyId)}`;

export interface OverviewFilter {
  q?: string;
  status?: PlanStatus;
  page: number;
  pageSize: number;
}

export const usePlansOverview = (filter: OverviewFilter) =>
  useQuery({
    queryKey: ['plans', 'overview', filter],
    queryFn: () => api.get<PlanOverviewPage>(`/api/plans/overview${queryString({ ...filter })}`),
    placeholderData: keepPreviousData,
  });

export const usePlan = (planId: string) =>
  useQuery({ queryKey: ['plans', planId], queryFn: () => api.get<Plan>(planPath(planId)) });

export const usePlanProgress = (planId: string) =>
  useQuery({
    queryKey: ['plans', planId, 'progress'],
    queryFn: () => api.get<PlanProgress>(`${planPath(planId)}/progress`),
  });

/** What the status report, the exports and the ranking are narrowed by. */
export interface ReportFilter {
  period?: string;
  taskId?: string;
  agencyId?: string;
  role?: 'lead' | 'coordinating';
  asOf?: string;
}

export const reportQuery = (filter: ReportFilter): string => queryString({ ...filter });

export const useStatusReport = (planId: string, filter: ReportFilter) =>
  useQuery({
    queryKey: ['plans', planId, 'status-report', filter],
    queryFn: () => api.get<PlanStatusReport>(`${planPath(planId)}/status-report${reportQuery(filter)}`),
    placeholderData: keepPreviousData,
  });

export const useRanking = (planId: string, filter: Pick<ReportFilter, 'period' | 'asOf'>, enabled: boolean) =>
  useQuery({
    queryKey: ['plans', planId, 'ranking', filter],
    queryFn: () => api.get<Ranking>(`${planPath(planId)}/ranking${queryString({ ...filter })}`),
    enabled,
  });

export interface AssignmentFilter {
  status?: AssignmentStatus;
  taskId?: string;
  agencyId?: string;
  page: number;
  pageSize: number;
}

export const usePlanAssignments = (planId: string, filter: AssignmentFilter) =>
  useQuery({
    queryKey: ['plans', planId, 'assignments', filter],
    queryFn: () => api.get<AssignmentPage>(`${planPath(planId)}/assignments${queryString({ ...filter })}`),
    placeholderData: keepPreviousData,
  });

export const useAgency = (agencyId: string) =>
  useQuery({ queryKey: ['agencies', agencyId], queryFn: () => api.get<Agency>(agencyPath(agencyId)) });

export const useAgencyStatusReport = (agencyId: string) =>
  useQuery({
    queryKey: ['agencies', agencyId, 'status-report'],
    queryFn: () => api.get<AgencyStatusReport>(`${agencyPath(agencyId)}/status-report`),
  });

export const useAgencyAssignments = (agencyId: string, filter: Omit<AssignmentFilter, 'agencyId' | 'taskId'>) =>
  useQuery({
    queryKey: ['agencies', agencyId, 'assignments', filter],
    queryFn: () => api.get<AssignmentPage>(`/api/assignments${queryString({ ...filter, agencyId })}`),
    placeholderData: keepPreviousData,
  });
