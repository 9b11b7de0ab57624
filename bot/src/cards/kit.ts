import type { IAdaptiveCard, ICardElement } from 'adaptivecards';
import type { IExecuteAction, IOpenUrlAction } from 'adaptivecards/lib/schema';

/**
 * One element of a card body (TextBlock, Input.ChoiceSet, Container, FactSet, ...): the SDK's open
 * element shape with its `type`. The SDK's `IAdaptiveCard.body` lists display elements only (no
 * inputs, no ActionSet), so the kit widens the body to every element the SDK can describe. The
 * SDK types its common keys in lower case (`spacing: 'none'`); Adaptive Cards read enum values
 * case-insensitively, so the capitalised values of the other keys render the same.
 */
export type CardElement = ICardElement & { type: string };

/**
 * A card action as the chat features use them. The SDK's action types demand an `id` that Teams
 * does not need; the kit leaves it out and adds `associatedInputs` (schema 1.5, not in the SDK types).
 */
export type CardAction = (Omit<IExecuteAction, 'id'> | Omit<IOpenUrlAction, 'id'>) & { associatedInputs?: 'auto' | 'none' };

/**
 * Adaptive Card JSON (schema 1.5, as Teams renders it): the SDK's `IAdaptiveCard` head with a body
 * of {@link CardElement}s and {@link CardAction}s. It satisfies teams-ai's `AdaptiveCard`, so an
 * Action.Execute handler returns it as it is.
 */
export type CardJson = Pick<IAdaptiveCard, 'type' | 'version'> & {
  $schema: string;
  /** Teams only: `Full` lets the card use the chat's whole width. */
  msteams?: { width: 'Full' };
  body: CardElement[];
  actions?: CardAction[];
};

const SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';

/** An Adaptive Card 1.5 of full width with a body and, when given, actions (the chat features' shell). */
export function adaptiveCard(body: CardElement[], actions: CardAction[] = []): CardJson {
  return { type: 'AdaptiveCard', $schema: SCHEMA, version: '1.5', msteams: { width: 'Full' }, body, ...(actions.length ? { actions } : {}) };
}

/**
 * An Adaptive Card 1.5 of the default width: for cards that also go to channels and the tab's
 * preview (announcements) or stay narrow on purpose (feedback).
 */
export function narrowCard(body: CardElement[], actions: CardAction[] = []): CardJson {
  return { type: 'AdaptiveCard', $schema: SCHEMA, version: '1.5', body, ...(actions.length ? { actions } : {}) };
}

/** The large bold heading every card starts with. */
export function heading(text: string, extra: Partial<CardElement> = {}): CardElement {
  return { type: 'TextBlock', text, size: 'Large', weight: 'Bolder', wrap: true, ...extra };
}

/** A wrapping text block; `extra` adds style (`isSubtle`, `spacing`, `color`, ...). */
export function textBlock(text: string, extra: Partial<CardElement> = {}): CardElement {
  return { type: 'TextBlock', text, wrap: true, ...extra };
}

/**
 * An Action.Execute (Universal Actions): the card is replaced by the handler's answer.
 * `associatedInputs: 'none'` sends no inputs (cancel, change buttons).
 */
export function execute(title: string, verb: string, data: Record<string, unknown>, o: { style?: 'positive'; associatedInputs?: 'none' } = {}): CardAction {
  return { type: 'Action.Execute', title, verb, data, ...(o.style && { style: o.style }), ...(o.associatedInputs && { associatedInputs: o.associatedInputs }) };
}

/** A refused input's problems on top of a card, in the attention style; the earlier inputs stay. */
export function problemsBox(title: string, problems: string[]): CardElement {
  return {
    type: 'Container',
    style: 'attention',
    items: [
      { type: 'TextBlock', text: title, weight: 'Bolder', wrap: true, color: 'Attention' },
      ...problems.map((p) => ({ type: 'TextBlock', text: `• ${p}`, wrap: true, color: 'Attention' })),
    ],
  };
}

/** The card that replaces an answered one: final, nothing to click. */
export function resultCard(title: string, text: string): CardJson {
  return adaptiveCard([heading(title), textBlock(text)]);
}
