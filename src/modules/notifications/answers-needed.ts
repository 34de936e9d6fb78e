import { Types } from 'mongoose';
import type { AppDeps } from '../../app/context';
import { stillToAnswer } from '../registrations/consents';
import { answerLink } from '../registrations/answer-links';
import { ACTIVE_STATUSES, type RegistrationDoc } from '../registrations/registration.model';
import { workshopById } from '../workshops/workshops.queries';
import { enqueue } from './outbox';
import { recipientsOfRegistrations } from './recipients';

/**
 * ANSWERS_NEEDED to each of these people still missing a required answer of the workshop: an
 * email with their own single-use answer link, once per person and `round` (the questions'
 * revision, or a reminder's day), through the outbox. Never in the in-app list: whoever is
 * signed in to the account must not find the link there.
 */
export async function askForAnswers(deps: AppDeps, workshopId: string, registrations: RegistrationDoc[], round: string): Promise<number> {
  const workshop = await workshopById(deps, new Types.ObjectId(workshopId));
  if (workshop?.status !== 'PUBLISHED' || (!workshop.questions?.length && !workshop.consentItems?.length)) return 0;
  const asked = registrations.filter(
    (registration) => ACTIVE_STATUSES.includes(registration.status) && !registration.anonymisedAt && stillToAnswer(workshop, registration),
  );
  const recipients = await recipientsOfRegistrations(deps, asked, () => workshop.timeZone);
  return enqueue(
    deps,
    asked.flatMap((registration) => {
      const recipient = recipients.get(String(registration._id));
      const link = answerLink(deps, registration, workshop);
      if (!recipient || !link) return [];
      return [
        {
          id: `ANSWERS_NEEDED:${String(registration._id)}:${round}`,
          kind: 'ANSWERS_NEEDED' as const,
          recipient: { ...recipient, userId: null },
          workshopId: workshop._id,
          registrationId: registration._id,
          data: { answerUrl: link.url, expiresAt: link.expiresAt.toISOString() },
        },
      ];
    }),
  );
}
