import type { ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import type { Config } from '../config';

/**
 * Bot Framework authentication settings for the adapter. With an app id, botbuilder validates the
 * JWT on every request to /api/messages (401 without a valid one) and signs outgoing calls; without
 * one it runs in anonymous local mode, accepting unauthenticated requests from a local client.
 */
export function botAuthOptions(config: Pick<Config, 'botAuth'>): ConfigurationBotFrameworkAuthenticationOptions {
  const a = config.botAuth;
  if (!a) return {};
  return {
    MicrosoftAppId: a.appId,
    MicrosoftAppPassword: a.appPassword ?? '',
    MicrosoftAppType: a.appType,
    MicrosoftAppTenantId: a.tenantId ?? '',
  };
}
