import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Briefing, Finding, Rating } from '../../api/types';
import { api, upload } from '../../lib/api';
import { useIdempotencyKey } from '../../lib/idempotency';

const inspectionPath = (id: string) => `/api/inspections/${encodeURIComponent(id)}`;

export const briefingQuery = (inspectionId: string) =>
  queryOptions({
    queryKey: ['inspections', inspectionId, 'briefing'],
    queryFn: () => api.get<Briefing>(`${inspectionPath(inspectionId)}/briefing`),
  });

export const useBriefing = (inspectionId: string) => useQuery(briefingQuery(inspectionId));

export interface FindingDraft {
  finding: string;
  rating: Rating;
  recommendation: string;
  files: File[];
}

export const useSaveFinding = (inspectionId: string, agencyId: string) => {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<number | null>(null);
  const mutation = useMutation({
    mutationFn: (draft: FindingDraft) => {
      const form = new FormData();
      form.append('finding', draft.finding);
      form.append('rating', draft.rating);
      form.append('recommendation', draft.recommendation);
      draft.files.forEach((file) => form.append('attachments', file, file.name));
      setProgress(0);
      const path = `${inspectionPath(inspectionId)}/findings/${encodeURIComponent(agencyId)}`;
      return upload<Finding>(path, form, { method: 'PUT', onProgress: setProgress });
    },
    onSettled: () => setProgress(null),
    onSuccess: () => queryClient.invalidateQueries(briefingQuery(inspectionId)),
  });
  return { ...mutation, progress };
};

export const useSubmitTeamReport = (inspectionId: string) => {
  const queryClient = useQueryClient();
  const idempotency = useIdempotencyKey();
  return useMutation({
    mutationFn: (report: string) =>
      api.post<unknown>(
        `${inspectionPath(inspectionId)}/report`,
        { report },
        { idempotencyKey: idempotency.keyFor(report) },
      ),
    onSuccess: () => {
      idempotency.succeeded();
      return queryClient.invalidateQueries(briefingQuery(inspectionId));
    },
  });
};
