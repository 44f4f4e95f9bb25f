import type { ApiError } from '../../../contract';
import { ApiRequestError } from '../../api/api-request-error';
import { currentLanguage, i18n } from '../../i18n/i18n';

/**
 * Sends a multipart form (a file upload) to the Alur API, in the interface language, with the CSRF
 * token when the route needs one (public routes do not). Resolves with the JSON body; rejects with an
 * {@link ApiRequestError} carrying the server's field messages, like `apiRequest`.
 */
export async function postFormData<T>(path: string, form: FormData, csrfToken?: string): Promise<T> {
  const headers: Record<string, string> = {
    accept: 'application/json',
    'accept-language': currentLanguage(),
  };
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, { method: 'POST', headers, body: form, credentials: 'same-origin' });
  } catch {
    throw new ApiRequestError(0, { code: 'NETWORK', message: i18n.t('errors.network') });
  }
  if (response.ok) return (await response.json()) as T;
  try {
    const body = (await response.json()) as ApiError;
    if (body?.error?.message) throw new ApiRequestError(response.status, body.error);
  } catch (error) {
    if (error instanceof ApiRequestError) throw error;
  }
  throw new ApiRequestError(response.status, {
    code: `HTTP_${response.status}`,
    message: i18n.t('errors.unexpected', { status: response.status }),
  });
}
