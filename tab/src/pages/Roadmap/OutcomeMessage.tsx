import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useT } from '../../i18n/i18n';
import type { SaveOutcome } from './RoadmapDrawer.types';

/**
 * Why a save did not land, in words: the server's reasons for refusing it (400, one per line), a
 * missing role (403), an item that is gone (404), or a failure worth retrying. Shows nothing for a
 * save that worked or a conflict (the conflict view explains that).
 */
export function OutcomeMessage({ outcome }: { outcome: SaveOutcome | undefined }) {
  const { t } = useT();
  if (!outcome || outcome.kind === 'saved' || outcome.kind === 'conflict') return null;
  if (outcome.kind === 'rejected') {
    return (
      <MessageBar intent="error" layout="multiline" data-testid="save-rejected">
        <MessageBarBody>
          <MessageBarTitle>{t('roadmap.save.rejected')}</MessageBarTitle>
          <ul>
            {outcome.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </MessageBarBody>
      </MessageBar>
    );
  }
  const text = outcome.status === 403 ? 'roadmap.save.forbidden' : outcome.status === 404 ? 'roadmap.save.gone' : 'roadmap.save.failed';
  return (
    <MessageBar intent="error" layout="multiline" data-testid="save-failed">
      <MessageBarBody>{t(text)}</MessageBarBody>
    </MessageBar>
  );
}
