import { EventEmitter } from 'node:events';
import type { Logger } from '../logger';

/**
 * What happened in the domain, for modules that react (notifications, calendars) without the
 * emitting module knowing them. Payloads carry ids and the facts a subscriber needs; no personal data.
 */
export interface DomainEventMap {
  /** Carries the single-use link (a secret, not personal data) for the invitation email; never logged. */
  'user.invited': { invitationId: string; inviteUrl: string; invitedBy: string };
  /** Carries the confirmation link (a secret) for its email; `window` makes the message's id. */
  'user.emailConfirmationRequested': { userId: string; confirmUrl: string; window: number; expiresAt: Date };
  'user.emailConfirmed': { userId: string };
  /** Carries the password reset link (a secret) for its email; `window` makes the message's id. */
  'user.passwordResetRequested': { userId: string; resetUrl: string; window: number; expiresAt: Date };
  /** An account disabled: what it may still hold elsewhere (calendar links) goes before the answer. */
  'user.disabled': { userId: string };
  'user.roleChanged': { userId: string; role: string };
  /** A person erased; `userId` when they had an account. */
  'person.erased': { userId: string | null };
  'workshop.published': { workshopId: string; sequence: number };
  'workshop.updated': { workshopId: string; sequence: number; changed: string[] };
  /** Its questions changed (setWorkshopQuestions), as revision `revision`: those registered are asked what is new. */
  'workshop.questionsChanged': { workshopId: string; revision: number };
  /** The Secretariat asked to remind everyone with answers missing (remindMissingAnswers); `round` makes the messages' ids. */
  'workshop.answersReminder': { workshopId: string; round: string };
  /** The Secretariat decided a visa letter request (`version`: the letter's, which makes the message's id). */
  'letter.decided': { registrationId: string; workshopId: string; approved: boolean; reason: string | null; version: number };
  'workshop.rescheduled': { workshopId: string; sequence: number; startsAt: Date; endsAt: Date; previousStartsAt: Date };
  'workshop.relocated': { workshopId: string; sequence: number };
  'workshop.cancelled': { workshopId: string; sequence: number; reason: string };
  'workshop.completed': { workshopId: string; sequence: number };
  'workshop.capacityRaised': { workshopId: string; capacity: number };
  'registration.confirmed': RegistrationEvent;
  'registration.waitlisted': RegistrationEvent;
  'registration.pending': RegistrationEvent;
  'registration.promoted': RegistrationEvent;
  'registration.offered': RegistrationEvent;
  'registration.offerExpired': RegistrationEvent;
  'registration.cancelled': RegistrationEvent;
  'registration.approved': RegistrationEvent;
  'registration.declined': RegistrationEvent;
  'resource.created': ResourceEvent;
  'resource.updated': ResourceEvent;
  'resource.archived': ResourceEvent;
  'resource.deleted': ResourceEvent;
  'resource.linked': ResourceEvent & { workshopId: string };
  'resource.unlinked': ResourceEvent & { workshopId: string };
  'resource.versionAdded': ResourceEvent & { language: string; number: number };
}

export interface ResourceEvent {
  resourceId: string;
}

export interface RegistrationEvent {
  registrationId: string;
  workshopId: string;
  status: string;
}

export type DomainEventName = keyof DomainEventMap;
type Handler<K extends DomainEventName> = (payload: DomainEventMap[K]) => void | Promise<void>;

/** In-process, after the write: a failing subscriber is logged and never fails the request. */
export class DomainEvents {
  private readonly emitter = new EventEmitter();

  constructor(private readonly logger: Logger) {
    this.emitter.setMaxListeners(50);
  }

  private readonly running = new Set<Promise<void>>();

  on<K extends DomainEventName>(name: K, handler: Handler<K>): () => void {
    const wrapped = (payload: DomainEventMap[K]) => {
      const run = Promise.resolve()
        .then(() => handler(payload))
        .catch((err: unknown) => this.logger.error({ err, event: name }, 'domain event handler failed'));
      this.running.add(run);
      void run.finally(() => this.running.delete(run));
    };
    this.emitter.on(name, wrapped);
    return () => this.emitter.off(name, wrapped);
  }

  emit<K extends DomainEventName>(name: K, payload: DomainEventMap[K]): void {
    this.emitter.emit(name, payload);
  }

  /**
   * Like emit, but resolves once every subscriber has finished: for consequences that belong to
   * the same request (cancelling a workshop cancels its registrations before the answer).
   */
  async publish<K extends DomainEventName>(name: K, payload: DomainEventMap[K], options: { failOnError?: boolean } = {}): Promise<void> {
    let failure: unknown = null;
    for (const handler of this.settled.get(name) ?? []) {
      try {
        await handler(payload);
      } catch (err) {
        this.logger.error({ err, event: name }, 'domain event handler failed');
        failure ??= err;
      }
    }
    this.emit(name, payload);
    // For consequences the answer must not claim without (a revocation): the request fails, to be retried.
    if (failure && options.failOnError) throw failure;
  }

  /** Whether a subscriber is still running. */
  get busy(): boolean {
    return this.running.size > 0;
  }

  /**
   * Resolves once no subscriber is running, including those started meanwhile: shutdown waits for
   * them (a queued email is not lost to a closed connection), and tests that count commands.
   */
  async drain(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running]);
  }

  /** Subscribers that publish() waits for (same-request consequences). */
  onSettled<K extends DomainEventName>(name: K, handler: Handler<K>): void {
    const list = this.settled.get(name) ?? [];
    list.push(handler as Handler<DomainEventName>);
    this.settled.set(name, list);
  }

  private readonly settled = new Map<DomainEventName, Handler<DomainEventName>[]>();
}
