import { Button, Link, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { ApiError } from '../../api/client';
import { proposeGapItem, type CheckGap, type CheckLinkedItem } from '../../api/digicheck';
import { apiErrorCode } from '../../api/pulse';
import type { RoadmapStatus } from '../../api/types';
import { problemLines } from '../../api/problems';
import { useT, type Translate } from '../../i18n/i18n';
import { pageHash } from '../../navigation';
import { STATUS_LABEL, STATUS_SIGN } from '../Roadmap/format';
import type { CheckNames } from './DigiCheck.types';
import { shortfall } from './format';
import { useDigiCheckStyles } from './useDigiCheckStyles';
import { formatLevel } from '../../format';

/** Props of {@link GapList}. */
export interface GapListProps {
  cycleId: string;
  /** As the server ordered them: furthest below target first. */
  gaps: CheckGap[];
  names: CheckNames;
  /** Show "propose as roadmap item" (role editor; the server checks it too). */
  canPropose: boolean;
  /** A proposal was made: the results are read again, so the gap shows its item. */
  onLinked: () => Promise<void>;
}

/** How a proposal ended, shown under its gap. */
type Outcome =
  | { kind: 'done'; item: CheckLinkedItem; created: boolean }
  | { kind: 'failed'; text: 'digicheck.gap.notAGap' | 'digicheck.gap.forbidden' | 'digicheck.gap.conflict' | 'digicheck.gap.offline' | 'digicheck.gap.failed'; lines: string[] };

const gapKey = (gap: CheckGap) => `${gap.group}:${gap.dimension}`;

/** Why a proposal failed, in words. */
function failure(error: unknown, t: Translate): Extract<Outcome, { kind: 'failed' }> {
  const status = error instanceof ApiError ? error.status : 0;
  const code = apiErrorCode(error);
  if (status === 0) return { kind: 'failed', text: 'digicheck.gap.offline', lines: [] };
  if (status === 400 && code === 'not-a-gap') return { kind: 'failed', text: 'digicheck.gap.notAGap', lines: [] };
  if (status === 401 || status === 403) return { kind: 'failed', text: 'digicheck.gap.forbidden', lines: [] };
  if (status === 409) return { kind: 'failed', text: 'digicheck.gap.conflict', lines: [] };
  return { kind: 'failed', text: 'digicheck.gap.failed', lines: status === 400 ? problemLines(error, t) : [] };
}

/**
 * The gaps: dimensions where a shown group is below the change team's target, furthest first, with
 * the roadmap items made from them (links into the roadmap). Editors turn a gap into a proposed
 * roadmap item with one button; it is disabled while the request runs, and a second request (a
 * double click that slipped through, a reload) gets the item made the first time.
 */
export function GapList({ cycleId, gaps, names, canPropose, onLinked }: GapListProps) {
  const styles = useDigiCheckStyles();
  const { t, locale } = useT();
  const [saving, setSaving] = useState<ReadonlySet<string>>(new Set());
  const [outcomes, setOutcomes] = useState<Record<string, Outcome>>({});
  // A double click arrives before React re-renders the disabled button: the ref stops the second.
  const inFlight = useRef(new Set<string>());

  const propose = async (gap: CheckGap) => {
    const key = gapKey(gap);
    if (inFlight.current.has(key)) return;
    inFlight.current.add(key);
    setSaving((before) => new Set(before).add(key));
    let outcome: Outcome;
    try {
      const answer = await proposeGapItem(cycleId, { group: gap.group, dimension: gap.dimension });
      outcome = { kind: 'done', item: answer.item, created: answer.created };
      await onLinked();
    } catch (error) {
      outcome = failure(error, t);
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

  const itemLink = (item: CheckLinkedItem) => {
    const status = Object.hasOwn(STATUS_LABEL, item.status) ? (item.status as RoadmapStatus) : undefined;
    return (
      <>
        <Link href={pageHash('roadmap', { item: item.id })} data-testid="gap-item-link" data-item={item.id}>
          {item.title}
        </Link>{' '}
        <span className={styles.hint}>({status ? `${STATUS_SIGN[status]} ${t(STATUS_LABEL[status])}` : item.status})</span>
      </>
    );
  };

  return (
    <section className={styles.section} aria-labelledby="digicheck-gaps" data-testid="digicheck-gaps">
      <h3 id="digicheck-gaps" className={styles.sectionTitle}>
        {t('digicheck.gapsTitle')}
      </h3>
      <p className={styles.hint}>{t(canPropose ? 'digicheck.gapsHintEditor' : 'digicheck.gapsHint')}</p>
      {gaps.length === 0 ? (
        <p className={styles.text} data-testid="no-gaps">
          {t('digicheck.noGaps')}
        </p>
      ) : (
        <ul className={styles.gaps}>
          {gaps.map((gap) => {
            const key = gapKey(gap);
            const outcome = outcomes[key];
            const busy = saving.has(key);
            return (
              <li key={key} className={styles.gap} data-testid="gap" data-group={gap.group} data-dimension={gap.dimension}>
                <p className={styles.gapTitle}>{t('digicheck.gap.title', { dimension: names.dimensionTitle(gap.dimension), group: names.groupName(gap.group) })}</p>
                <p className={styles.text}>
                  {t('digicheck.gap.figures', {
                    level: formatLevel(gap.level, locale),
                    target: formatLevel(gap.target, locale),
                    below: formatLevel(shortfall(gap.level, gap.target), locale),
                  })}
                </p>
                {gap.linkedItems.length > 0 ? (
                  <div className={styles.linked} data-testid="gap-linked">
                    <span className={styles.hint}>{t('digicheck.gap.linked')}</span>
                    <ul className={styles.inlineList}>
                      {gap.linkedItems.map((item) => (
                        <li key={item.id}>{itemLink(item)}</li>
                      ))}
                    </ul>
                  </div>
                ) : (
                  canPropose && (
                    <div className={styles.actions}>
                      <Button appearance="secondary" disabled={busy} disabledFocusable={busy} onClick={() => void propose(gap)} data-testid="gap-propose">
                        {t(busy ? 'digicheck.gap.proposing' : 'digicheck.gap.propose')}
                      </Button>
                      {gap.area && <span className={styles.hint}>{t('digicheck.gap.area', { area: names.areaName(gap.area) })}</span>}
                    </div>
                  )
                )}
                {outcome?.kind === 'done' && (
                  <MessageBar intent="success" layout="multiline" data-testid="gap-proposed">
                    <MessageBarBody>
                      {t(outcome.created ? 'digicheck.gap.created' : 'digicheck.gap.existed')}{' '}
                      {/* Once the results were read again the gap lists the item itself. */}
                      {!gap.linkedItems.some((item) => item.id === outcome.item.id) && itemLink(outcome.item)}
                    </MessageBarBody>
                  </MessageBar>
                )}
                {outcome?.kind === 'failed' && (
                  <MessageBar intent="error" layout="multiline" data-testid="gap-failed">
                    <MessageBarBody>
                      {t(outcome.text)}
                      {outcome.lines.length > 0 && (
                        <ul className={styles.plainList}>
                          {outcome.lines.map((line, i) => (
                            <li key={i} lang="en">
                              {line}
                            </li>
                          ))}
                        </ul>
                      )}
                    </MessageBarBody>
                  </MessageBar>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
