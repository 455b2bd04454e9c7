import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Agency,
  AgencyGroupDetail,
  AgencyGroupPage,
  AgencyPage,
  AuditEventPage,
  Briefing,
  CalendarChange,
  CalendarYear,
  InspectionPage,
  Plan,
  UpdateCalendarRequest,
  UserPage,
} from '../../api/types';
import { api } from '../../lib/api';

export const PAGE_SIZE = 20;

type Params = Record<string, string | number | boolean | undefined>;

/** `path?a=1&b=x`, leaving out empty values. */
export const withQuery = (path: string, params: Params): string => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
};

const pageQuery = <T>(key: string, path: string, params: Params) =>
  useQuery({
    queryKey: [key, params],
    queryFn: () => api.get<T>(withQuery(path, params)),
    placeholderData: keepPreviousData,
  });

export const useAgencies = (params: Params) => pageQuery<AgencyPage>('agencies', '/api/agencies', params);
export const useAgencyGroups = (params: Params) =>
  pageQuery<AgencyGroupPage>('agency-groups', '/api/agency-groups', params);
export const useUsers = (params: Params) => pageQuery<UserPage>('users', '/api/users', params);
export const useInspections = (params: Params) => pageQuery<InspectionPage>('inspections', '/api/inspections', params);
export const useAuditEvents = (params: Params) =>
  pageQuery<AuditEventPage>('audit-events', '/api/audit-events', params);

export const useAgency = (agencyId: string | null) =>
  useQuery({
    queryKey: ['agency', agencyId],
    queryFn: () => api.get<Agency>(`/api/agencies/${encodeURIComponent(agencyId ?? '')}`),
    enabled: Boolean(agencyId),
    staleTime: 5 * 60_000,
  });

export const useAgencyGroup = (groupId: string | null) =>
  useQuery({
    queryKey: ['agency-group', groupId],
    queryFn: () => api.get<AgencyGroupDetail>(`/api/agency-groups/${encodeURIComponent(groupId ?? '')}`),
    enabled: Boolean(groupId),
  });

export const usePlanTitle = (planId: string) =>
  useQuery({
    queryKey: ['plans', planId],
    queryFn: () => api.get<Plan>(`/api/plans/${encodeURIComponent(planId)}`),
    staleTime: 5 * 60_000,
  });

export const useBriefing = (inspectionId: string) =>
  useQuery({
    queryKey: ['inspections', inspectionId, 'briefing'],
    queryFn: () => api.get<Briefing>(`/api/inspections/${encodeURIComponent(inspectionId)}/briefing`),
  });

export const useCalendarYear = (year: number) =>
  useQuery({ queryKey: ['calendar', year], queryFn: () => api.get<CalendarYear>(`/api/calendar/${year}`) });

export const useSaveCalendar = (year: number) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateCalendarRequest) => api.put<CalendarChange>(`/api/calendar/${year}`, body),
    onSuccess: (saved) => client.setQueryData(['calendar', year], saved),
  });
};

/** A change to the directory (agencies, groups or users): every list of that kind is read again. */
export const useDirectoryChange = <Input, Output>(keys: string[], send: (input: Input) => Promise<Output>) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async () => {
      await Promise.all(keys.map((key) => client.invalidateQueries({ queryKey: [key] })));
    },
  });
};
