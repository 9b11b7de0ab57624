/**
 * The announcements part of the JSON contract (`/api/announcements/…`): types only, shared by
 * server and tab. Runtime rules: bot/src/features/announcements/model.ts.
 */

/** Title, text and link label in one language. Text: the safe markdown subset Teams cards show. */
export interface AnnouncementContent {
  title: string;
  text: string;
  linkLabel?: string;
}

/** Who receives an announcement. The recipient count is known before sending. */
export interface Audience {
  /** Everyone who has the app installed personally. */
  allEmployees: boolean;
  /** Teams whose channel (where the app is installed) gets a post. */
  teams: string[];
  /** Departments whose people get it personally. */
  departments: string[];
}

/** What the mayor's office writes. */
export interface AnnouncementInput {
  /** Which languages the card carries; `both` shows each person their Teams language. */
  languages: 'de' | 'en' | 'both';
  de?: AnnouncementContent;
  en?: AnnouncementContent;
  /** Optional https image shown under the title. */
  imageUrl?: string;
  /** Optional https link, shown as a button. */
  linkUrl?: string;
  /** Author line, e.g. "Bürgermeister Prof. Dr. Martin Hoffmann". */
  author: string;
  /** Show a "Gelesen" / "Got it" button and count acknowledgements. */
  acknowledge: boolean;
  audience: Audience;
}

/** Where an announcement stands. */
export type AnnouncementState = 'draft' | 'scheduled' | 'sending' | 'sent' | 'cancelled';

/** Delivery figures of one announcement. */
export interface DeliveryCounts {
  /** Recipients resolved when sending started (0 before). */
  recipients: number;
  /** Waiting in the queue (or being sent). */
  queued: number;
  sent: number;
  failed: number;
  /** People who pressed the acknowledgement button, each once. */
  acknowledged: number;
}

/** An announcement as the API returns it. */
export interface Announcement extends AnnouncementInput {
  id: string;
  state: AnnouncementState;
  /** When it is to be sent (scheduled) or was sent. */
  sendAt?: string;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  etag: string;
  counts: DeliveryCounts;
}

/** `POST /api/announcements` body: a new draft under an id the client chose (a double click creates once). */
export interface AnnouncementCreateRequest {
  id: string;
  announcement: AnnouncementInput;
}

/** `PUT /api/announcements/:id` body: the changed draft and the etag it was read with. */
export interface AnnouncementUpdateRequest {
  etag: string;
  announcement: AnnouncementInput;
}

/** `POST /api/announcements/:id/send` body: now (no `at`) or scheduled for `at` (ISO, in the future). */
export interface AnnouncementSendRequest {
  etag: string;
  at?: string;
}

/** `POST /api/announcements/audience` answer: how many would receive it, before sending. */
export interface AudienceCount {
  recipients: number;
  personal: number;
  channels: number;
}

/** `GET /api/announcements/audiences`: what can be chosen. */
export interface AudienceOptions {
  teams: Array<{ id: string; name: string }>;
  departments: Array<{ id: string; de: string; en: string }>;
  /** People with the app installed personally. */
  employees: number;
}

/** `GET /api/announcements/:id/failures`: one entry per recipient that could not be reached. */
export interface DeliveryFailure {
  recipient: string;
  kind: 'personal' | 'channel';
  status?: number;
  reason: string;
  at: string;
}

/**
 * Why an announcement action was refused with 409 `conflict`: the answer's `reason`, a stable code
 * the tab translates (`errors.conflict.<reason>`); the English `message` stays for logs and API users.
 * - `id-taken`: another announcement has this id already.
 * - `changed-meanwhile`: someone else saved it since it was read (stale ETag).
 * - `not-editable` / `not-sendable` / `not-cancellable`: its `state` (in the answer) no longer allows it.
 * - `no-personal-chat`: a test send, but the caller has no personal chat with the app yet.
 * - `test-undeliverable`: a test send that Teams did not accept.
 */
export type AnnouncementConflictReason =
  | 'id-taken'
  | 'changed-meanwhile'
  | 'not-editable'
  | 'not-sendable'
  | 'not-cancellable'
  | 'no-personal-chat'
  | 'test-undeliverable';

/** The body of a 409 from the announcements API. */
export interface AnnouncementConflict {
  code: 'conflict';
  reason: AnnouncementConflictReason;
  /** English, for logs and API users; the tab shows `reason` in words instead. */
  message: string;
  requestId?: string;
  /** The announcement's state, for the `not-…` reasons. */
  state?: AnnouncementState;
  /** The announcement as stored now, when there is one. */
  current?: Announcement;
}
