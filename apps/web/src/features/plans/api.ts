import { useQuery } from '@tanstack/react-query';
import type { Plan, PlanProgress } from '../../api/types';
import { api } from '../../lib/api';

const planPath = (planId: string) => `/api/plans/${encodeURIComponent(planId)}`;

export const usePlan = (planId: string) =>
  useQuery({ queryKey: ['plans', planId], queryFn: () => api.get<Plan>(planPath(planId)) });

export const usePlanProgress = (planId: string) =>
  useQuery({
    queryKey: ['plans', planId, 'progress'],
    queryFn: () => api.get<PlanProgress>(`${planPath(planId)}/progress`),
  });
