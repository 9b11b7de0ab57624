import type { Activity } from 'botbuilder';
import { langFromLocale, type Lang } from './index';

/**
 * The language for a reply: the activity's `locale`, else the Teams `clientInfo` entity's locale
 * (Teams sends it there on some events), else the configured default.
 */
export function langOf(activity: Partial<Activity>, fallback: Lang): Lang {
  const clientInfo = activity.entities?.find((e) => e.type === 'clientInfo') as { locale?: string } | undefined;
  return langFromLocale(activity.locale ?? clientInfo?.locale, fallback);
}
