import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ActivateRequest,
  ActivationPreview,
  AgencyGroupDetail,
  AgencyGroupOptionPage,
  AgencyOptionPage,
  CreateTaskRequest,
  DraftReview,
  Plan,
  PlanActivation,
  PlanImport,
  PlanImportJob,
  PlanProgress,
  SetTaskAgenciesRequest,
  Task,
  TaskPage,
  UpdateTaskRequest,
} from '../../api/types';
import { api, upload } from '../../lib/api';
import { useIdempotencyKey } from '../../lib/idempotency';

const planPath = (planId: string) => `/api/plans/${encodeURIComponent(planId)}`;
const taskPath = (planId: string, taskId: string) => `${planPath(planId)}/tasks/${encodeURIComponent(taskId)}`;

export const intakeKeys = {
  plan: (planId: string) => ['plans', planId] as const,
  tasks: (planId: string) => ['plans', planId, 'tasks'] as const,
  review: (planId: string) => ['plans', planId, 'draft-review'] as const,
  preview: (planId: string, choice: ActivateRequest) => ['plans', planId, 'activation-preview', choice] as const,
  progress: (planId: string) => ['plans', planId, 'progress'] as const,
};

export const importPlan = (file: File, province: string, onProgress: (percent: number) => void) => {
  const form = new FormData();
  form.append('file', file);
  if (province.trim()) form.append('province', province.trim());
  return upload<PlanImport | PlanImportJob>('/api/plans/import', form, { onProgress });
};

export const isImportJob = (body: PlanImport | PlanImportJob): body is PlanImportJob => 'pagesDone' in body;

/** A scan being read by OCR: polled until it is done or failed. */
export const usePlanImportJob = (jobId: string | null) =>
  useQuery({
    queryKey: ['plans', 'import-jobs', jobId],
    queryFn: () => api.get<PlanImportJob>(`/api/plans/import-jobs/${encodeURIComponent(jobId!)}`),
    enabled: jobId !== null,
    refetchInterval: (query) =>
      query.state.data?.status === 'done' || query.state.data?.status === 'failed' ? false : 1000,
  });

export const usePlan = (planId: string) =>
  useQuery({ queryKey: intakeKeys.plan(planId), queryFn: () => api.get<Plan>(planPath(planId)) });

/** Every task in outline order: a page of 100 at a time, as the API allows. */
export const useTasks = (planId: string) =>
  useQuery({
    queryKey: intakeKeys.tasks(planId),
    queryFn: async () => {
      const tasks: Task[] = [];
      for (let page = 1; ; page += 1) {
        const result = await api.get<TaskPage>(`${planPath(planId)}/tasks?sort=position&pageSize=100&page=${page}`);
        tasks.push(...result.items);
        if (tasks.length >= result.total || result.items.length === 0) return tasks;
      }
    },
  });

export const useDraftReview = (planId: string) =>
  useQuery({
    queryKey: intakeKeys.review(planId),
    queryFn: () => api.get<DraftReview>(`${planPath(planId)}/draft-review`),
  });

/** After any change to a task: the tasks and what they became are read again. */
const useRefresh = (planId: string) => {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: intakeKeys.tasks(planId) }),
      client.invalidateQueries({ queryKey: intakeKeys.review(planId) }),
    ]);
};

export const useTaskChanges = (planId: string) => {
  const refresh = useRefresh(planId);
  const onSuccess = () => refresh();
  return {
    update: useMutation({
      mutationFn: ({ taskId, change }: { taskId: string; change: UpdateTaskRequest }) =>
        api.patch<Task>(taskPath(planId, taskId), change),
      onSuccess,
    }),
    create: useMutation({
      mutationFn: (task: CreateTaskRequest) => api.post<Task>(`${planPath(planId)}/tasks`, task),
      onSuccess,
    }),
    remove: useMutation({
      mutationFn: (taskId: string) => api.delete<void>(taskPath(planId, taskId)),
      onSuccess,
    }),
    /** The second half of a split: a copy of the task under the next free code, right after it, with its agencies. */
    split: useMutation({
      mutationFn: async ({ task, code }: { task: Task; code: string }) => {
        const copy = await api.post<Task>(`${planPath(planId)}/tasks`, {
          code,
          title: task.title,
          content: task.content,
          position: task.position,
          parentId: task.parentId,
          leadNames: task.leadNames,
          coordinatingNames: task.coordinatingNames,
          timeframe: task.timeframe,
          form: task.form,
          product: task.product,
        } satisfies CreateTaskRequest);
        if (task.agencies.length === 0) return copy;
        const agencies = task.agencies.map(({ agencyId, role }) => ({ agencyId, role }));
        return api.put<Task>(`${taskPath(planId, copy.id)}/agencies`, { agencies });
      },
      onSuccess,
    }),
    /** Drops one agency from a task, as when a split task keeps only part of its lead list. */
    dropAgency: useMutation({
      mutationFn: ({ task, agencyId }: { task: Task; agencyId: string }) =>
        api.put<Task>(`${taskPath(planId, task.id)}/agencies`, {
          agencies: task.agencies
            .filter((a) => a.agencyId !== agencyId)
            .map(({ agencyId: id, role }) => ({ agencyId: id, role })),
        }),
      onSuccess,
    }),
    /** Sets the task's agencies, the names as written left as they were. */
    addAgencies: useMutation({
      mutationFn: ({ taskId, agencies }: { taskId: string; agencies: SetTaskAgenciesRequest['agencies'] }) =>
        api.put<Task>(`${taskPath(planId, taskId)}/agencies`, { agencies }),
      onSuccess,
    }),
    /** Settles a name: the agencies picked join the task, and the name as written becomes the directory's. */
    settle: useMutation({
      mutationFn: async ({
        taskId,
        agencies,
        names,
      }: {
        taskId: string;
        agencies: SetTaskAgenciesRequest['agencies'];
        names: UpdateTaskRequest;
      }) => {
        await api.put<Task>(`${taskPath(planId, taskId)}/agencies`, { agencies });
        return api.patch<Task>(taskPath(planId, taskId), names);
      },
      onSuccess,
    }),
  };
};

export const searchAgencies = (q: string) =>
  api.get<AgencyOptionPage>(`/api/agencies?active=true&pageSize=20&q=${encodeURIComponent(q)}`);
export const searchGroups = (q: string) =>
  api.get<AgencyGroupOptionPage>(`/api/agency-groups?pageSize=10&q=${encodeURIComponent(q)}`);
export const groupDetail = (groupId: string) =>
  api.get<AgencyGroupDetail>(`/api/agency-groups/${encodeURIComponent(groupId)}`);

/** A group a draft suggestion names by code: found through its name, as the directory search goes by names. */
export const findGroup = async (code: string, name: string) => {
  const found = (await searchGroups(name)).items.find((group) => group.code === code);
  if (!found) throw new Error(`Không tìm thấy nhóm ${name} trong danh bạ.`);
  return groupDetail(found.id);
};

const previewQuery = ({ latePeriods, lateDue }: ActivateRequest): string => {
  const params = new URLSearchParams();
  if (latePeriods) params.set('latePeriods', latePeriods);
  if (latePeriods === 'open-now' && lateDue) params.set('lateDue', lateDue);
  const query = params.toString();
  return query ? `?${query}` : '';
};

export const useActivationPreview = (planId: string, choice: ActivateRequest, enabled: boolean) =>
  useQuery({
    queryKey: intakeKeys.preview(planId, choice),
    queryFn: () => api.get<ActivationPreview>(`${planPath(planId)}/activation-preview${previewQuery(choice)}`),
    enabled,
    retry: false,
  });

/** The plan's progress, read again every 1.5 s while `polling` says so of the last answer. */
export const usePlanProgress = (planId: string, polling: (progress: PlanProgress | undefined) => boolean) =>
  useQuery({
    queryKey: intakeKeys.progress(planId),
    queryFn: () => api.get<PlanProgress>(`${planPath(planId)}/progress`),
    refetchInterval: (query) => (polling(query.state.data) ? 1500 : false),
  });

export const usePlanActions = (planId: string) => {
  const client = useQueryClient();
  const onSuccess = () => client.invalidateQueries({ queryKey: ['plans', planId] });
  const activation = useIdempotencyKey();
  return {
    activate: useMutation({
      mutationFn: (choice: ActivateRequest) =>
        api.post<PlanActivation>(`${planPath(planId)}/activate`, choice, {
          idempotencyKey: activation.keyFor(JSON.stringify(choice)),
        }),
      onSuccess: () => {
        activation.succeeded();
        return onSuccess();
      },
    }),
    cancel: useMutation({
      mutationFn: (reason: string) => api.post<void>(`${planPath(planId)}/cancel`, { reason }),
      onSuccess,
    }),
    trigger: useMutation({
      mutationFn: ({ taskId, due }: { taskId: string; due: string }) =>
        api.post<void>(`${taskPath(planId, taskId)}/trigger`, { due }),
      onSuccess,
    }),
  };
};
