import { z } from 'zod';

const id = z.object({ id: z.string().min(1) }).passthrough();

/** The fields every Bot Framework activity from Teams carries and our turn handling relies on. */
const activityShape = z
  .object({
    type: z.string().min(1),
    channelId: z.string().min(1),
    serviceUrl: z.string().url(),
    conversation: id,
    from: id,
    recipient: id,
  })
  .passthrough();

/**
 * Checks that a request body looks like a Bot Framework activity. Returns a short description of
 * the first problem, or undefined when it is fine: a body that is not an activity is the caller's
 * mistake (400), not a server failure.
 */
export function activityBodyProblem(body: unknown): string | undefined {
  if (body === undefined || body === null || typeof body !== 'object' || Array.isArray(body)) {
    return 'the body must be a JSON object (a Bot Framework activity)';
  }
  const r = activityShape.safeParse(body);
  if (r.success) return undefined;
  const issue = r.error.issues[0];
  return `not a Bot Framework activity: "${issue.path.join('.')}" ${issue.message.toLowerCase()}`;
}
