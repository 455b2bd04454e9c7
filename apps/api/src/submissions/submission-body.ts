import { json } from 'express';
import { type RequestHandler } from 'express';

/** Reports carry their attachments inline, so this route alone takes JSON bodies up to 10 MB. */
export const SUBMISSION_BODY_LIMIT = '10mb';
export const SUBMISSIONS_PATH = '/assignments/:id/submissions';

export const submissionBodyParser = (): RequestHandler => json({ limit: SUBMISSION_BODY_LIMIT });
