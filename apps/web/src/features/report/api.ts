import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ReportView, SubmissionResponse } from '../../api/types';
import { api, upload } from '../../lib/api';
import { useIdempotencyKey } from '../../lib/idempotency';

const viewPath = (id: string) => `/api/assignments/${encodeURIComponent(id)}`;

export const reportViewQuery = (assignmentId: string) =>
  queryOptions({
    queryKey: ['assignments', assignmentId, 'report-view'],
    queryFn: () => api.get<ReportView>(`${viewPath(assignmentId)}/report-view`),
  });

export const useReportView = (assignmentId: string) => useQuery(reportViewQuery(assignmentId));

export interface ReportDraft {
  reportText: string;
  files: File[];
}

/** `onSent` is given to the hook, not to `mutate`: the form unmounts when the refreshed view closes it. */
export const useSubmitReport = (assignmentId: string, onSent: (response: SubmissionResponse) => void) => {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<number | null>(null);
  const idempotency = useIdempotencyKey();
  const mutation = useMutation({
    mutationFn: ({ reportText, files }: ReportDraft) => {
      const form = new FormData();
      form.append('reportText', reportText);
      files.forEach((file) => form.append('attachments', file, file.name));
      setProgress(0);
      const fingerprint = JSON.stringify([reportText, files.map((file) => [file.name, file.size, file.lastModified])]);
      return upload<SubmissionResponse>(`${viewPath(assignmentId)}/submissions`, form, {
        onProgress: setProgress,
        idempotencyKey: idempotency.keyFor(fingerprint),
      });
    },
    onSettled: () => setProgress(null),
    onSuccess: (response) => {
      idempotency.succeeded();
      onSent(response);
      return queryClient.invalidateQueries(reportViewQuery(assignmentId));
    },
  });
  return { ...mutation, progress };
};
