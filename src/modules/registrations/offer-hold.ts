import type { ServiceContext } from '../../app/context';
import type { RegistrationDoc } from './registration.model';
import { changeIfStill } from './seating/transition';

/**
 * Holds an offered seat longer (a visa letter pending): the offer's expiry moves to `until` if that
 * is later, compare-and-set like every change of a registration. Nothing happens if the offer
 * ended or was taken meanwhile; the registration as it then is, or null.
 */
export async function holdOfferUntil(
  ctx: Pick<ServiceContext, 'database' | 'clock'>,
  registration: RegistrationDoc,
  until: Date,
): Promise<RegistrationDoc | null> {
  const changed = await changeIfStill(
    ctx,
    registration,
    'offer-hold',
    () => null,
    (current) => {
      const open = current.status === 'WAITLISTED' && current.offerExpiresAt && current.offerExpiresAt > ctx.clock.now();
      return open && until > current.offerExpiresAt! ? { offerExpiresAt: until } : { offerExpiresAt: current.offerExpiresAt ?? null };
    },
  );
  return changed?.after ?? null;
}
