import type { Principal } from '../../auth/roles';
import { t, type Lang } from '../../i18n';
import type { Logger } from '../../logger';
import type { AnnouncementService } from '../announcements/service';
import { formatClosing } from '../../cards';
import type { Cycle } from './cycle';

/** The app itself as the author of invitations (never a person with roles). */
const DIGIPULS: Principal = { oid: 'digipuls', tenantId: '', name: 'DigiPuls', roles: new Set() };

/**
 * Invites every employee when a cycle opens, as an announcement (queue-based fan-out with
 * tracking in the announcements tab), scheduled for the opening time. The id follows from the
 * cycle, so a repeated call neither creates nor sends a second one. Nobody to invite (the app is
 * not installed yet) is logged, not an error.
 */
export function inviteThroughAnnouncements(announcements: AnnouncementService, author: string, log: Logger) {
  return async (cycle: Cycle): Promise<void> => {
    const id = `digicheck-${cycle.id}`;
    const content = (l: Lang) => ({ title: t(l, 'check.invite.title'), text: t(l, 'check.invite.text', { date: formatClosing(cycle, l) }) });
    const draft = await announcements.create(id, { languages: 'both', de: content('de'), en: content('en'), author, acknowledge: false, audience: { allEmployees: true } }, DIGIPULS);
    if (draft.kind !== 'ok') return void log.warn({ cycleId: cycle.id, outcome: draft }, 'digicheck invitation not created');
    if (draft.value.state !== 'draft') return;
    const at = Date.parse(cycle.opensAt) > Date.now() + 90_000 ? cycle.opensAt : undefined;
    const sent = await announcements.send(id, draft.value.etag, at, DIGIPULS);
    if (sent.kind !== 'ok') log.info({ cycleId: cycle.id, outcome: sent }, 'digicheck invitation not sent (nobody to invite yet?)');
  };
}
