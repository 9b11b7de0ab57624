import type { CheckGap } from '../../api/digicheck';
import { useT } from '../../i18n/i18n';
import type { CheckNames } from './DigiCheck.types';
import { GapEntry } from './GapEntry';
import { gapKey, useGapProposals } from './useGapProposals';
import { useDigiCheckStyles } from './useDigiCheckStyles';

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

/**
 * The gaps: dimensions where a shown group is below the change team's target, furthest first, with
 * the roadmap items made from them (links into the roadmap). Editors turn a gap into a proposed
 * roadmap item with one button; it is disabled while the request runs, and a second request (a
 * double click that slipped through, a reload) gets the item made the first time. The state lives
 * in {@link useGapProposals}, each gap's render in {@link GapEntry}.
 */
export function GapList({ cycleId, gaps, names, canPropose, onLinked }: GapListProps) {
  const styles = useDigiCheckStyles();
  const { t } = useT();
  const { saving, outcomes, propose } = useGapProposals(cycleId, names.fieldNames, onLinked);

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
          {gaps.map((gap) => (
            <GapEntry
              key={gapKey(gap)}
              gap={gap}
              names={names}
              canPropose={canPropose}
              busy={saving.has(gapKey(gap))}
              outcome={outcomes[gapKey(gap)]}
              onPropose={() => void propose(gap)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
