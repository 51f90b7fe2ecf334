// Who may subscribe an endpoint to what. An event carries the resource it announces (a
// meeting, a note, transcript text), so subscribing to it is reading that resource: it needs
// the event's read scope. Subscribing needs the scopes of the API key that asks, or in the
// settings UI of the person's role. The read scopes held at that moment are stored on the
// endpoint (granted_scopes) and fan-out checks each event against them again.
import { ApiError } from "@/lib/http/errors";
import { READ_SCOPES, type Scope } from "@/lib/keys/scopes";
import { WEBHOOK_EVENTS, type SubscribableEventType } from "./events";

const READ_SCOPE_OF = new Map<string, Scope>(WEBHOOK_EVENTS.map((event) => [event.type, event.readScope]));

export function eventReadScope(type: SubscribableEventType): Scope {
  return READ_SCOPE_OF.get(type)!;
}

/** The read scopes among `held`: what an endpoint subscribed by their holder may receive. */
export function grantedReadScopes(held: readonly string[]): Scope[] {
  return READ_SCOPES.filter((scope) => held.includes(scope));
}

export interface DeniedEvent {
  event: SubscribableEventType;
  required_scope: Scope;
}

export function deniedEvents(events: readonly SubscribableEventType[], held: readonly string[]): DeniedEvent[] {
  return events
    .map((event) => ({ event, required_scope: eventReadScope(event) }))
    .filter((denied) => !held.includes(denied.required_scope));
}

/**
 * 403 insufficient_scope unless `held` reads every event in `events`. `required_scope` (as on
 * every insufficient_scope) names the first missing scope; `denied_events` lists each event
 * refused with the scope it needs.
 */
export function assertMaySubscribe(events: readonly SubscribableEventType[], held: readonly string[]): void {
  const denied = deniedEvents(events, held);
  if (denied.length === 0) return;
  const list = denied.map(({ event, required_scope }) => `${event} (needs ${required_scope})`).join(", ");
  throw new ApiError(
    "insufficient_scope",
    `An endpoint may only receive events whose data you may read, and these need a scope you lack: ${list}.`,
    { required_scope: denied[0]!.required_scope, denied_events: denied },
  );
}
