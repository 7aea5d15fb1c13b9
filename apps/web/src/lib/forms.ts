import { ApiError } from './api';

/** The message the api gave for one field, to show under it. */
export const fieldError = (error: unknown, field: string): string | undefined =>
  error instanceof ApiError ? error.fields[field] : undefined;

/** A form's error not tied to one of its fields (shown above the button); `rubric` covers `rubric.0.title` too. */
export const formError = (error: unknown, fields: string[]): unknown =>
  error instanceof ApiError && Object.keys(error.fields).some((key) => fields.some((field) => key === field || key.startsWith(`${field}.`)))
    ? null
    : error;

/** Where to go after logging in: the page asked for, if it is one of ours, else home. */
export function safeRedirect(target: unknown): string {
  if (typeof target !== 'string') return '/';
  try {
    const url = new URL(target, window.location.origin);
    return url.origin === window.location.origin && !url.pathname.startsWith('/login') ? url.pathname + url.search + url.hash : '/';
  } catch {
    return '/';
  }
}

/** The `?token=` of an emailed link (invitation, password reset, email confirmation). */
export const tokenSearch = (search: Record<string, unknown>): { token: string } => ({
  token: typeof search.token === 'string' ? search.token : '',
});
