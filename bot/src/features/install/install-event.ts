import type { Activity } from 'botbuilder';

/** An install or uninstall signal carried by an activity, if any. */
export type InstallEvent = 'install' | 'uninstall';

/**
 * Teams signals installs twice (installationUpdate and conversationUpdate with the bot among the
 * added members) and uninstalls likewise; both spellings map to one event here.
 */
export function installEventOf(activity: Partial<Activity>): InstallEvent | undefined {
  const botId = activity.recipient?.id;
  if (activity.type === 'installationUpdate') {
    const action = String(activity.action ?? '');
    if (action === 'add' || action === 'add-upgrade') return 'install';
    if (action === 'remove' || action === 'remove-upgrade') return 'uninstall';
    return undefined;
  }
  if (activity.type === 'conversationUpdate' && botId) {
    if (activity.membersAdded?.some((m) => m.id === botId)) return 'install';
    if (activity.membersRemoved?.some((m) => m.id === botId)) return 'uninstall';
  }
  return undefined;
}
