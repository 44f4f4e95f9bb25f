import type { ApiError } from '../../contract';

export type FieldMessage = { field: string; message: string };

/** A failed API call: the server's code and message (already in the user's language) and per-field messages. */
export class ApiRequestError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldMessage[];

  constructor(status: number, body: ApiError['error']) {
    super(body.message);
    this.name = 'ApiRequestError';
    this.status = status;
    this.code = body.code;
    this.fields = body.fields ?? [];
  }
}
