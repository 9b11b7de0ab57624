import { useRef, useState } from 'react';
import { ApiError } from '../../api/client';
import { proposeGapItem, type CheckGap, type CheckLinkedItem } from '../../api/digicheck';
import { apiErrorCode } from '../../api/pulse';
import { problemLines, type FieldNames } from '../../api/problems';
import { useT, type Translate } from '../../i18n/i18n';

/** How a proposal ended, shown under its gap. */
export type GapOutcome =
  | { kind: 'done'; item: CheckLinkedItem; created: boolean }
  | { kind: 'failed'; text: 'digicheck.gap.notAGap' | 'digicheck.gap.forbidden' | 'digicheck.gap.conflict' | 'digicheck.gap.offline' | 'digicheck.gap.failed'; lines: string[] };

/** A gap's key: one per group and dimension. */
export const gapKey = (gap: CheckGap) => `${gap.group}:${gap.dimension}`;

/** Why a proposal failed, in words. */
function failure(error: unknown, t: Translate, names: FieldNames): Extract<GapOutcome, { kind: 'failed' }> {
  const status = error instanceof ApiError ? error.status : 0;
  const code = apiErrorCode(error);
  if (status === 0) return { kind: 'failed', text: 'digicheck.gap.offline', lines: [] };
  if (status === 400 && code === 'not-a-gap') return { kind: 'failed', text: 'digicheck.gap.notAGap', lines: [] };
  if (status === 401 || status === 403) return { kind: 'failed', text: 'digicheck.gap.forbidden', lines: [] };
  if (status === 409) return { kind: 'failed', text: 'digicheck.gap.conflict', lines: [] };
  return { kind: 'failed', text: 'digicheck.gap.failed', lines: status === 400 ? problemLines(error, t, names) : [] };
}

/**
 * The state of {@link GapList}'s proposals (its render stays apart, as Fluent UI v9 splits a
 * component): which gaps are being proposed, how each proposal ended, and `propose` itself. A
 * double click arrives before React re-renders the disabled button, so a ref stops the second.
 */
export function useGapProposals(cycleId: string, names: FieldNames, onLinked: () => Promise<void>) {
  const { t } = useT();
  const [saving, setSaving] = useState<ReadonlySet<string>>(new Set());
  const [outcomes, setOutcomes] = useState<Record<string, GapOutcome>>({});
  const inFlight = useRef(new Set<string>());

  const propose = async (gap: CheckGap) => {
    const key = gapKey(gap);
    if (inFlight.current.has(key)) return;
    inFlight.current.add(key);
    setSaving((before) => new Set(before).add(key));
    let outcome: GapOutcome;
    try {
      const answer = await proposeGapItem(cycleId, { group: gap.group, dimension: gap.dimension });
      outcome = { kind: 'done', item: answer.item, created: answer.created };
      await onLinked();
    } catch (error) {
      outcome = failure(error, t, names);
      // A gap that is gone (targets changed meanwhile): show the results as they are now.
      if (outcome.text === 'digicheck.gap.notAGap') await onLinked();
    }
    inFlight.current.delete(key);
    setSaving((before) => {
      const next = new Set(before);
      next.delete(key);
      return next;
    });
    setOutcomes((before) => ({ ...before, [key]: outcome }));
    // The button is gone once the gap has its item: keyboard focus goes to the item's link.
    if (outcome.kind === 'done') {
      window.setTimeout(() =>
        document.querySelector<HTMLElement>(`[data-testid="gap"][data-group="${CSS.escape(gap.group)}"][data-dimension="${CSS.escape(gap.dimension)}"] [data-testid="gap-item-link"]`)?.focus(),
      );
    }
  };

  return { saving, outcomes, propose };
}
