import type { Middleware, TurnContext } from 'botbuilder';

interface PipelineOwner {
  client?: { pipeline?: { removePolicy(options: { phase?: 'Retry' }): unknown } };
}

/**
 * Removes the Azure SDK's built-in retry policy from the Bot Connector client of every turn.
 * That policy silently retries 429 and 5xx up to several times over many seconds (measured: one
 * send became 8 requests over 12 s), which bursts past Teams' rate limits, bypasses our pacing and
 * outlives the lease of a queued delivery — so a second worker would send it again. Retries are
 * ours: paced, honouring Retry-After, and for announcements through the queue.
 */
export const noSdkRetries: Middleware = {
  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const key = (context.adapter as unknown as { ConnectorClientKey?: symbol }).ConnectorClientKey;
    const connector = key ? context.turnState.get<PipelineOwner>(key) : undefined;
    connector?.client?.pipeline?.removePolicy({ phase: 'Retry' });
    await next();
  },
};
