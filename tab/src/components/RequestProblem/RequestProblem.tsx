import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { ApiError } from '../../api/client';
import { apiErrorCode } from '../../api/pulse';
import { useT } from '../../i18n/i18n';
import { useHost } from '../HostRoot/HostContext';
import type { RequestProblemProps } from './RequestProblem.types';

/**
 * Why a page's data did not load, in words: not signed in (401), not allowed (403 `forbidden`),
 * or a failure worth retrying (server or network).
 */
export function RequestProblem({ error, failedText, forbiddenText, retry }: RequestProblemProps) {
  const { t } = useT();
  const host = useHost();
  const status = error instanceof ApiError ? error.status : 0;
  if (status === 401) {
    return (
      <MessageBar intent="info" layout="multiline" data-testid="sign-in-needed">
        <MessageBarBody>{t(host.mode === 'teams' ? 'access.signInFailed' : 'access.signInNeeded')}</MessageBarBody>
      </MessageBar>
    );
  }
  if (status === 403 && apiErrorCode(error) === 'forbidden') {
    return (
      <MessageBar intent="info" layout="multiline" data-testid="forbidden">
        <MessageBarBody>{forbiddenText}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="error" layout="multiline" data-testid="request-failed">
      <MessageBarBody>
        {failedText}{' '}
        {retry && (
          <Button size="small" appearance="transparent" onClick={retry}>
            {t('access.retry')}
          </Button>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
