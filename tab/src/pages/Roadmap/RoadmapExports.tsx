import { Link } from '@fluentui/react-components';
import { useState, type MouseEvent } from 'react';
import { downloadRoadmapExport, roadmapExportUrl, type RoadmapExportFormat, type RoadmapQuery } from '../../api/roadmap';
import { useT } from '../../i18n/i18n';
import { isTeamsReady } from '../../teams';
import { useRoadmapStyles } from './useRoadmapStyles';

/** Props of {@link RoadmapExports}. */
export interface RoadmapExportsProps {
  /** The items the views show (the server narrows the export the same way). */
  query: RoadmapQuery;
}

/**
 * Downloads of what the views show: a spreadsheet (CSV) and a calendar of milestones and decisions
 * (ICS). Real links (they work in a browser and can be copied); inside Teams a click fetches the
 * file with the sign-in token instead, which a link cannot send.
 */
export function RoadmapExports({ query }: RoadmapExportsProps) {
  const styles = useRoadmapStyles();
  const { t, locale } = useT();
  const [failed, setFailed] = useState(false);

  const onClick = (format: RoadmapExportFormat) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (!isTeamsReady()) return;
    event.preventDefault();
    setFailed(false);
    downloadRoadmapExport(format, query, locale).catch(() => setFailed(true));
  };

  return (
    <div className={styles.exports}>
      <Link href={roadmapExportUrl('csv', query, locale)} download onClick={onClick('csv')} data-testid="export-csv">
        {t('roadmap.exportCsv')}
      </Link>
      <Link href={roadmapExportUrl('ics', query, locale)} download onClick={onClick('ics')} data-testid="export-ics">
        {t('roadmap.exportIcs')}
      </Link>
      {failed && (
        <span className={styles.hint} role="alert">
          {t('roadmap.exportFailed')}
        </span>
      )}
    </div>
  );
}
