import { EventEmitter } from 'node:events';
import type { Logger } from '../logger';

/**
 * What happened in the domain, for modules that react (notifications, calendars) without the
 * emitting module knowing them. Payloads carry ids and the facts a subscriber needs; no personal data.
 */
export interface DomainEventMap {
  'workshop.published': { workshopId: string; sequence: number };
  'workshop.updated': { workshopId: string; sequence: number; changed: string[] };
  'workshop.rescheduled': { workshopId: string; sequence: number; startsAt: Date; endsAt: Date; previousStartsAt: Date };
  'workshop.relocated': { workshopId: string; sequence: number };
  'workshop.cancelled': { workshopId: string; sequence: number; reason: string };
  'workshop.completed': { workshopId: string; sequence: number };
  'registration.confirmed': RegistrationEvent;
  'registration.waitlisted': RegistrationEvent;
  'registration.pending': RegistrationEvent;
  'registration.promoted': RegistrationEvent;
  'registration.cancelled': RegistrationEvent;
  'registration.approved': RegistrationEvent;
  'registration.declined': RegistrationEvent;
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

  on<K extends DomainEventName>(name: K, handler: Handler<K>): () => void {
    const wrapped = (payload: DomainEventMap[K]) => {
      Promise.resolve()
        .then(() => handler(payload))
        .catch((err: unknown) => this.logger.error({ err, event: name }, 'domain event handler failed'));
    };
    this.emitter.on(name, wrapped);
    return () => this.emitter.off(name, wrapped);
  }

  emit<K extends DomainEventName>(name: K, payload: DomainEventMap[K]): void {
    this.emitter.emit(name, payload);
  }
}
