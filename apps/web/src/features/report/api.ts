import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ReportView, SubmissionResponse } from '../../api/types';
import { api, upload } from '../../lib/api';

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
  const mutation = useMutation({
    mutationFn: ({ reportText, files }: ReportDraft) => {
      const form = new FormData();
      form.append('reportText', reportText);
      files.forEach((file) => form.append('attachments', file, file.name));
      setProgress(0);
      return upload<SubmissionResponse>(`${viewPath(assignmentId)}/submissions`, form, { onProgress: setProgress });
    },
    onSettled: () => setProgress(null),
    onSuccess: (response) => {
      onSent(response);
      return queryClient.invalidateQueries(reportViewQuery(assignmentId));
    },
  });
  return { ...mutation, progress };
};
