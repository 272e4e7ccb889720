import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Stable machine-readable error codes of the API. */
export type ErrorCode =
  | 'bad-request'
  | 'unauthorized'
  | 'not-found'
  | 'too-large'
  | 'unsupported-media-type'
  | 'nothing-ingested'
  | 'internal';

/** An error the API answers with `{ error: { code, message } }` and `status`. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** The JSON body of every error response: never a stack trace. */
export function errorBody(code: ErrorCode, message: string): { error: { code: ErrorCode; message: string } } {
  return { error: { code, message } };
}
