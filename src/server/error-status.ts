/** The one table from DomainError codes to HTTP statuses. Codes not listed are 422 (a rule on the input). */
const STATUS_BY_CODE: Record<string, number> = {
  VALIDATION_FAILED: 422,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  ACCOUNT_LOCKED: 429,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CSRF_INVALID: 403,
  AGENCY_CODE_TAKEN: 409,
  UNIT_CODE_TAKEN: 409,
  POSITION_CODE_TAKEN: 409,
  NIP_TAKEN: 409,
  USERNAME_TAKEN: 409,
  APPOINTMENT_OVERLAP: 409,
  HOLIDAY_DATE_TAKEN: 409,
  UNIT_IN_USE: 409,
  POSITION_IN_USE: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
};

export function statusOf(code: string): number {
  return STATUS_BY_CODE[code] ?? 422;
}
