/**
 * Typed client for the DigiCheck API (`/api/digicheck/…`) and the roadmap's follow-up pulse
 * (`/api/roadmap/items/:id/pulse`, the step after a gap became a roadmap item and was done). Only
 * aggregates travel here: the server applies the threshold and complementary suppression, and the
 * tab shows what it gets. Types come from the one contract in bot/src/api.
 */
import { apiList, apiRequest, ApiError, type RequestOptions } from './client';
import type {
  CheckCycleRequest,
  CheckCycleSummary,
  CheckGapRequest,
  CheckGapResponse,
  CheckResults,
  CheckTargets,
  Questionnaire,
} from '../../../bot/src/api/digicheck-contract';
import type { RoadmapFollowUpPulse } from '../../../bot/src/api/roadmap-contract';

export type {
  CheckCycleRequest,
  CheckCycleSummary,
  CheckDepartmentResult,
  CheckDimension,
  CheckGap,
  CheckGapRequest,
  CheckGapResponse,
  CheckGroupResult,
  CheckLinkedItem,
  CheckQuestion,
  CheckResults,
  CheckTargets,
  CheckText,
  CycleState,
  DimensionId,
  Questionnaire,
} from '../../../bot/src/api/digicheck-contract';
export type { RoadmapFollowUpPulse, RoadmapOrigin } from '../../../bot/src/api/roadmap-contract';
export { DIMENSION_IDS, MAX_LEVEL } from '../../../bot/src/api/digicheck-contract';

const cyclePath = (cycleId: string) => `digicheck/cycles/${encodeURIComponent(cycleId)}`;
const pulsePath = (itemId: string) => `roadmap/items/${encodeURIComponent(itemId)}/pulse`;

/** `GET /api/digicheck/questionnaire`: dimensions and questions with their texts and level anchors. */
export function getQuestionnaire(options?: RequestOptions): Promise<Questionnaire> {
  return apiRequest<Questionnaire>('digicheck/questionnaire', options);
}

/** `GET /api/digicheck/cycles`: every cycle, newest first. */
export function getCycles(options?: RequestOptions): Promise<CheckCycleSummary[]> {
  return apiList<CheckCycleSummary>('digicheck/cycles', options);
}

/**
 * `POST /api/digicheck/cycles` (change team): opens a new cycle (now, unless `opensAt` says later).
 * @throws {@link ApiError}: 400 with the problems in its message, 409 `overlap` while another cycle
 *   is scheduled or open.
 */
export function createCycle(request: CheckCycleRequest, options?: RequestOptions): Promise<CheckCycleSummary> {
  return apiRequest<CheckCycleSummary>('digicheck/cycles', { ...options, method: 'POST', json: request });
}

/**
 * `PUT /api/digicheck/cycles/:id/targets` (change team) with the ETag the targets were read with.
 * @throws {@link ApiError}: 409 `conflict` with the `current` cycle when someone changed them
 *   meanwhile (see {@link targetsConflict}), 400 for invalid targets.
 */
export function updateTargets(cycleId: string, etag: string, targets: CheckTargets, options?: RequestOptions): Promise<CheckCycleSummary> {
  return apiRequest<CheckCycleSummary>(`${cyclePath(cycleId)}/targets`, {
    ...options,
    method: 'PUT',
    headers: { ...options?.headers, 'If-Match': etag },
    json: { targets },
  });
}

/** `POST /api/digicheck/cycles/:id/close` (change team): closes the cycle now and adds up its answers. */
export function closeCycle(cycleId: string, options?: RequestOptions): Promise<CheckCycleSummary> {
  return apiRequest<CheckCycleSummary>(`${cyclePath(cycleId)}/close`, { ...options, method: 'POST' });
}

/**
 * `GET /api/digicheck/cycles/:id/results`: the figures of a closed cycle.
 * @throws {@link ApiError}: 403 `cycle-open` while the cycle runs, 404 for an unknown cycle.
 */
export function getCheckResults(cycleId: string, options?: RequestOptions): Promise<CheckResults> {
  return apiRequest<CheckResults>(`${cyclePath(cycleId)}/results`, options);
}

/**
 * `POST /api/digicheck/cycles/:id/gaps` (editor): makes a proposed roadmap item from a gap, or
 * answers the one made before (so a repeated request makes no second item).
 * @throws {@link ApiError}: 400 `not-a-gap` when the group and dimension are no shown gap.
 */
export function proposeGapItem(cycleId: string, request: CheckGapRequest, options?: RequestOptions): Promise<CheckGapResponse> {
  return apiRequest<CheckGapResponse>(`${cyclePath(cycleId)}/gaps`, { ...options, method: 'POST', json: request });
}

/**
 * `POST /api/roadmap/items/:id/pulse` (change team): a short pulse about a done item to its area;
 * repeating it answers the round made before.
 * @throws {@link ApiError}: 409 `not-done` unless the item is done.
 */
export function sendFollowUpPulse(itemId: string, options?: RequestOptions): Promise<RoadmapFollowUpPulse> {
  return apiRequest<RoadmapFollowUpPulse>(pulsePath(itemId), { ...options, method: 'POST' });
}

/**
 * `GET /api/roadmap/items/:id/pulse`: the follow-up pulse sent for the item, or `undefined` when
 * none was sent (404).
 */
export async function getFollowUpPulse(itemId: string, options?: RequestOptions): Promise<RoadmapFollowUpPulse | undefined> {
  try {
    return await apiRequest<RoadmapFollowUpPulse>(pulsePath(itemId), options);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return undefined;
    throw error;
  }
}

/** The server's 409 answer to stale targets: the cycle as stored now, or `undefined` for any other failure. */
export function targetsConflict(error: unknown): CheckCycleSummary | undefined {
  if (!(error instanceof ApiError) || error.status !== 409 || !error.body || typeof error.body !== 'object') return undefined;
  const { code, current } = error.body as { code?: unknown; current?: CheckCycleSummary };
  return code === 'conflict' && current && typeof current.etag === 'string' ? current : undefined;
}
