/** Props of {@link RequestProblem}. */
export interface RequestProblemProps {
  /** What the request threw (usually an `ApiError`). */
  error: unknown;
  /** Says what could not be loaded, for failures other than sign-in and permission. */
  failedText: string;
  /** Says who may use this, for a 403 `forbidden`. */
  forbiddenText: string;
  /** Offered as "try again" for failures other than sign-in and permission. */
  retry?: () => void;
}
