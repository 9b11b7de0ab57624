import { ApiError } from '../../api/client';
import type { Translate } from '../../i18n/i18n';
import { createRoadmapItem, patchRoadmapItem, roadmapConflict, roadmapProblems, updateRoadmapItem } from '../../api/roadmap';
import type { SaveAttempt, SaveOutcome } from './RoadmapDrawer.types';

/**
 * Sends a create, edit or patch and says how it ended. Never throws: a conflict (409 with both
 * versions), a refusal (400 with reasons) and a failure are outcomes the panel shows.
 */
export async function sendAttempt(attempt: SaveAttempt, t: Translate): Promise<SaveOutcome> {
  try {
    switch (attempt.kind) {
      case 'create':
        return { kind: 'saved', item: await createRoadmapItem(attempt.id, attempt.input) };
      case 'put':
        return { kind: 'saved', item: await updateRoadmapItem(attempt.itemId, attempt.etag, attempt.input) };
      case 'patch':
        return { kind: 'saved', item: await patchRoadmapItem(attempt.itemId, attempt.etag, attempt.changes) };
    }
  } catch (error) {
    const conflict = roadmapConflict(error);
    if (conflict) return { kind: 'conflict', conflict };
    const problems = roadmapProblems(error, t);
    if (problems.length > 0) return { kind: 'rejected', problems };
    return { kind: 'failed', status: error instanceof ApiError ? error.status : 0 };
  }
}
