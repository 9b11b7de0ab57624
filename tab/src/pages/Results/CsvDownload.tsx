import { Link, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useState, type MouseEvent } from 'react';
import { downloadRoundResultsCsv, roundResultsCsvUrl } from '../../api/pulse';
import { useT } from '../../i18n/i18n';
import { isTeamsReady } from '../../teams';
import { useResultsStyles } from './useResultsStyles';

/** Props of {@link CsvDownload}. */
export interface CsvDownloadProps {
  roundId: string;
}

/**
 * The round's aggregates as a CSV file. A real link (it works in a browser and can be copied);
 * inside Teams a click fetches the file with the sign-in token instead, which a link cannot send.
 */
export function CsvDownload({ roundId }: CsvDownloadProps) {
  const styles = useResultsStyles();
  const { t, locale } = useT();
  const [failed, setFailed] = useState(false);

  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!isTeamsReady()) return;
    event.preventDefault();
    setFailed(false);
    downloadRoundResultsCsv(roundId, locale).catch(() => setFailed(true));
  };

  return (
    <section className={styles.section} aria-labelledby="results-download">
      <h3 id="results-download" className={styles.sectionTitle}>
        {t('results.downloadTitle')}
      </h3>
      <p className={styles.text}>
        <Link href={roundResultsCsvUrl(roundId, locale)} download onClick={onClick} data-testid="csv-link">
          {t('results.downloadCsv')}
        </Link>
      </p>
      <p className={styles.hint}>{t('results.downloadHint')}</p>
      {failed && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t('results.downloadFailed')}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
