import type { AnnouncementContent, AnnouncementInput } from '../../api/announcements-contract';
import { t, type Lang } from '../../i18n';
import { execute, heading, narrowCard, textBlock, type CardAction, type CardElement, type CardJson } from '../../cards';

/** The verb of the acknowledgement button (Universal Actions). */
export const ACK_VERB = 'announcement.ack';

/** How a card is shown: in one language (personal chat), or every language of the announcement (channel post). */
export type CardLanguage = Lang | 'all';

/** The acknowledgement state to show on the card. */
export type AckView = { kind: 'none' } | { kind: 'personal' } | { kind: 'channel'; count: number };

function contentBlocks(c: AnnouncementContent, imageUrl: string | undefined, separator: boolean): CardElement[] {
  const blocks: CardElement[] = [heading(c.title, { style: 'heading', ...(separator && { separator: true, spacing: 'large' }) })];
  if (imageUrl) blocks.push({ type: 'Image', url: imageUrl, altText: c.title, size: 'Stretch' });
  blocks.push(textBlock(c.text));
  return blocks;
}

/**
 * The announcement as an Adaptive Card 1.5: title, optional image, text (markdown subset), author
 * line, an optional link button and the acknowledgement button (Action.Execute, so pressing it
 * replaces the card with the acknowledged one). The tab's preview renders this very JSON.
 */
export function announcementCard(id: string, a: AnnouncementInput, lang: CardLanguage, o: { ack?: AckView; test?: boolean } = {}): CardJson {
  const langs: Lang[] = a.languages === 'both' ? (lang === 'all' ? ['de', 'en'] : [lang]) : [a.languages];
  const uiLang: Lang = langs[0];
  const body: CardElement[] = [];
  if (o.test) body.push({ type: 'TextBlock', text: t(uiLang, 'announcement.test'), color: 'Attention', weight: 'Bolder', wrap: true });
  langs.forEach((l, i) => {
    const c = a[l];
    if (c) body.push(...contentBlocks(c, i === 0 ? a.imageUrl : undefined, i > 0));
  });
  if (a.author) body.push({ type: 'TextBlock', text: a.author, isSubtle: true, wrap: true, spacing: 'medium' });
  const ack = o.ack ?? { kind: 'none' };
  if (ack.kind === 'personal') body.push({ type: 'TextBlock', text: `✓ ${t(uiLang, 'announcement.acked')}`, color: 'Good', weight: 'Bolder', wrap: true });
  if (ack.kind === 'channel' && ack.count > 0) body.push({ type: 'TextBlock', text: `✓ ${langs.map((l) => t(l, 'announcement.ackedBy', { count: ack.count })).join(' · ')}`, color: 'Good', wrap: true });

  const actions: CardAction[] = [];
  if (a.linkUrl) {
    const label = langs.map((l) => a[l]?.linkLabel).filter(Boolean).join(' / ');
    actions.push({ type: 'Action.OpenUrl', title: label || a.linkUrl, url: a.linkUrl });
  }
  // A person acknowledges once; in a channel everyone may, so the button stays.
  if (a.acknowledge && ack.kind !== 'personal') {
    actions.push(execute(langs.map((l) => t(l, 'announcement.ack')).join(' / '), ACK_VERB, { announcementId: id }, { style: 'positive' }));
  }
  return narrowCard(body, actions);
}
