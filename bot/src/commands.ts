import type { MessageKey } from './i18n';

/** A chat command a feature offers; listed on the welcome/help card in the person's language. */
export interface CommandInfo {
  /** The word to type, per language (message key). */
  nameKey: MessageKey;
  /** What it does (message key). */
  descriptionKey: MessageKey;
}
