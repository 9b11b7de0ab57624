/**
 * The Adaptive Card kit shared by the chat features: the card shell and types ({@link CardJson}),
 * small element builders, and the date and number formats cards and chat texts use.
 */
export * from './kit';
export * from './format';
