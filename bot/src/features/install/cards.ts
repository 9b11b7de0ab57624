import { CardFactory, type Attachment } from 'botbuilder';
import type { CommandInfo } from '../../commands';
import { t, type Lang } from '../../i18n';

/** Builds the welcome card, also shown for `hilfe` / `help`: what the app does and its commands. */
export function welcomeCard(lang: Lang, opts: { municipalityName: string; commands: CommandInfo[] }): Attachment {
  const municipality = opts.municipalityName ? t(lang, 'welcome.municipality', { name: opts.municipalityName }) : '';
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    msteams: { width: 'Full' },
    body: [
      { type: 'TextBlock', text: t(lang, 'welcome.title'), size: 'Large', weight: 'Bolder', wrap: true },
      { type: 'TextBlock', text: t(lang, 'welcome.intro', { municipality }), wrap: true },
      { type: 'TextBlock', text: t(lang, 'welcome.commandsTitle'), weight: 'Bolder', spacing: 'Medium' },
      {
        type: 'FactSet',
        facts: opts.commands.map((c) => ({ title: t(lang, c.nameKey), value: t(lang, c.descriptionKey) })),
      },
      { type: 'TextBlock', text: t(lang, 'welcome.comingSoon'), wrap: true, isSubtle: true },
      { type: 'TextBlock', text: t(lang, 'welcome.tabHint'), wrap: true },
      { type: 'TextBlock', text: t(lang, 'welcome.privacy'), wrap: true, size: 'Small', isSubtle: true },
    ],
  });
}
