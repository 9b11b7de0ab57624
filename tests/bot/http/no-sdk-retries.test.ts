import * as A from '../../support/activities';
import { postActivity, startTestApp } from '../../support/app';
import { RecordingConnector } from '../../support/connector';

/**
 * The Azure SDK under botbuilder retries 429/5xx on its own (one send became 8 requests over
 * 12 s), past our pacing and past queue leases. The app removes that policy: a failing reply is
 * one request, plus the one "something went wrong" message the error handler tries.
 */
it('sends a failing reply once, without hidden SDK retries', async () => {
  const connector = await new RecordingConnector().start();
  const app = await startTestApp();
  try {
    const user = A.testUser();
    connector.failures.set(user.conversationId, Array.from({ length: 10 }, () => ({ status: 503 })));
    await postActivity(app, A.message(user, 'hilfe', { serviceUrl: connector.url }));
    expect(connector.attemptsTo(user.conversationId)).toHaveLength(2);
  } finally {
    await app.stop();
    await connector.stop();
  }
});
