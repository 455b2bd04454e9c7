import type { DirectoryImportResult } from '../../api/types';
import { api } from '../../lib/api';
import { networkProblem, problemFrom } from '../../lib/api-problem';
import { queryClient } from '../../lib/query-client';
import { sessionQuery } from '../../lib/session';
import { withQuery } from './api';

const IMPORT_PATH = '/api/agencies/import';

/** CSV goes as text/csv (the API reads it as it is), which `api.post` cannot send: it speaks JSON and forms only. */
const postCsv = async (text: string, province: string): Promise<DirectoryImportResult> => {
  const session = await queryClient.fetchQuery(sessionQuery);
  let response: Response;
  try {
    response = await fetch(withQuery(IMPORT_PATH, { province }), {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json, application/problem+json',
        'Content-Type': 'text/csv; charset=utf-8',
        ...(session?.csrfToken ? { 'X-CSRF-Token': session.csrfToken } : {}),
      },
      body: text,
    });
  } catch {
    throw networkProblem();
  }
  const body = await response.text();
  if (!response.ok) throw problemFrom(response.status, response.statusText, body, response.headers.get('Retry-After'));
  return JSON.parse(body) as DirectoryImportResult;
};

export class UnreadableFile extends Error {}

/** A directory file: CSV for one province, or JSON that names its own. */
export const importDirectoryFile = async (file: File, province: string): Promise<DirectoryImportResult> => {
  const text = await file.text();
  if (file.name.toLowerCase().endsWith('.json')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new UnreadableFile('Tệp JSON không đúng định dạng.');
    }
    return api.post<DirectoryImportResult>(IMPORT_PATH, parsed);
  }
  return postCsv(text, province);
};
