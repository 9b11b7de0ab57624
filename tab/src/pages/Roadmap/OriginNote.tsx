import { Link } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { getQuestionnaire, type Questionnaire, type RoadmapOrigin } from '../../api/digicheck';
import { useT } from '../../i18n/i18n';
import { pageHash } from '../../navigation';
import { type ValueContext } from './format';
import { useDetailStyles } from './useDetailStyles';
import { formatLevel } from '../../format';

/** Props of {@link OriginNote}. */
export interface OriginNoteProps {
  origin: RoadmapOrigin;
  context: ValueContext;
}

/** The questionnaire, asked once per page load for the dimension titles (a failure is not kept). */
let questionnaire: Promise<Questionnaire> | undefined;
function loadQuestionnaire(): Promise<Questionnaire> {
  questionnaire ??= getQuestionnaire().catch((error: unknown) => {
    questionnaire = undefined;
    throw error;
  });
  return questionnaire;
}

/**
 * Where an item came from when it was made from a DigiCheck gap: "From the DigiCheck: <dimension>
 * in <group> — level x of target y", as a link to that cycle's results. The dimension's title
 * comes from the questionnaire; until it is there (or when it cannot be read) its id is shown.
 */
export function OriginNote({ origin, context }: OriginNoteProps) {
  const styles = useDetailStyles();
  const { t, locale } = useT();
  const [titles, setTitles] = useState<Questionnaire>();
  useEffect(() => {
    let active = true;
    loadQuestionnaire().then(
      (answer) => active && setTitles(answer),
      () => undefined,
    );
    return () => {
      active = false;
    };
  }, []);
  const dimension = titles?.dimensions.find((d) => d.id === origin.dimension)?.title[locale] ?? origin.dimension;
  const group = origin.group === 'all' ? t('roadmap.origin.whole') : context.areaName(origin.group);
  return (
    <p className={styles.text} data-testid="detail-origin" data-cycle={origin.cycleId}>
      <Link href={pageHash('digicheck', { cycle: origin.cycleId })} data-testid="origin-link">
        {t('roadmap.origin.text', { dimension, group, level: formatLevel(origin.level, locale), target: formatLevel(origin.target, locale) })}
      </Link>
    </p>
  );
}
