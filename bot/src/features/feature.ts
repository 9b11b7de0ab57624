import type { Application, TurnState } from '@microsoft/teams-ai';
import type { Server } from 'restify';
import type { CommandInfo } from '../commands';
import type { PersonalChat } from '../proactive/personal';
import type { Job } from '../scheduling/scheduler';
import type { DepartmentGuard } from './people/department-guard';

/** What the bot hands every feature when it registers its chat routes. */
export interface ChatContext {
  /** Every feature's chat commands, in feature order, for the welcome/help card. */
  commands: CommandInfo[];
  /** The department lock against the fill-up attack (trust point 11). */
  guard: DepartmentGuard;
  /** Answers personal things in the personal chat when asked in a channel or group chat (trust point 13). */
  personal: PersonalChat;
}

/**
 * One capability of the app, as the app composes it (see main.ts): its chat routes, its tab API
 * routes, its periodic jobs (run by the one scheduler) and any other background work with
 * `start`/`stop`. Every part is optional; a feature builds its stores and services in its factory
 * (`features/<name>/index.ts`) and exposes what later features depend on as extra fields.
 */
export interface Feature {
  /** The feature's name; also the name of its job when it has one. */
  readonly name: string;
  /** Chat commands it offers, listed on the help card. */
  readonly commands?: CommandInfo[];
  /** Registers its chat routes. Order matters: teams-ai runs only the first matching route. */
  chat?(app: Application<TurnState>, context: ChatContext): void;
  /** Registers its JSON API routes for the tab. */
  api?(server: Server): void;
  /** Periodic work, run by the app's scheduler. */
  readonly jobs?: Job[];
  /** Starts background work that is not periodic (e.g. a queue consumer); after the server listens. */
  start?(): void | Promise<void>;
  /**
   * Stops its background work and waits for what is in flight. Called after the HTTP server has
   * drained (a request in flight may still hand it work), in reverse feature order.
   */
  stop?(): Promise<void>;
}
