import { TurnState } from '@microsoft/teams-ai';
import type { Storage, TurnContext } from 'botbuilder';

/** Adaptive Card actions: their handlers never use conversation or user state. */
function isCardAction(context: TurnContext): boolean {
  return context.activity.type === 'invoke' && context.activity.name === 'adaptiveCard/action';
}

/**
 * teams-ai turn state, stored in Azure Tables through TableStorage — except for Adaptive Card
 * actions (`adaptiveCard/action` invokes). Their handlers take everything from the card data and
 * their own stores, so reading state (two storage calls) would only slow down the turn people wait
 * on after clicking "send". For them the state is created empty and never saved: a state that was
 * not read must not overwrite the stored one.
 */
export class AppTurnState extends TurnState {
  override load(context: TurnContext, storage?: Storage): Promise<boolean> {
    return super.load(context, isCardAction(context) ? undefined : storage);
  }

  override save(context: TurnContext, storage?: Storage): Promise<void> {
    return super.save(context, isCardAction(context) ? undefined : storage);
  }
}
