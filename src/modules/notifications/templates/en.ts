import type { Catalog } from './catalog';

export const en: Catalog = {
  labels: {
    when: 'When',
    atVenue: 'At the venue',
    where: 'Where',
    join: 'Joining link',
    workshop: 'Workshop page',
    position: 'Waiting-list position',
    online: 'Online',
  },
  footer: {
    why: 'You receive this because you are registered in the knowledge-exchange programme.',
    unsubscribe: 'Stop these messages',
    manage: 'Manage your notifications',
  },
  kinds: {
    REGISTRATION_CONFIRMED: (f) => ({
      subject: `Registration confirmed: ${f.workshopTitle}`,
      blocks: [{ p: `Hello ${f.recipientName},` }, { p: `Your place at “${f.workshopTitle}” is confirmed. The calendar invitation is attached.` }],
    }),
    REGISTRATION_WAITLISTED: (f) => ({
      subject: `On the waiting list: ${f.workshopTitle}`,
      blocks: [
        { p: `Hello ${f.recipientName},` },
        { p: `“${f.workshopTitle}” is full for now, so you are on its waiting list. We will write as soon as a place is yours.` },
      ],
    }),
    REGISTRATION_PENDING: (f) => ({
      subject: `Registration received: ${f.workshopTitle}`,
      blocks: [
        { p: `Hello ${f.recipientName},` },
        { p: `The Secretariat reviews registrations for “${f.workshopTitle}”. You will hear from us once it has decided.` },
      ],
    }),
    REGISTRATION_PROMOTED: (f) => ({
      subject: `A place is yours: ${f.workshopTitle}`,
      blocks: [{ p: `Hello ${f.recipientName},` }, { p: `A place at “${f.workshopTitle}” has freed up and it is now yours.` }],
    }),
    SEAT_OFFERED: (f) => ({
      subject: `A place is offered to you: ${f.workshopTitle}`,
      blocks: [
        { p: `Hello ${f.recipientName},` },
        {
          p: `A place at “${f.workshopTitle}” has freed up and is held for you until ${f.offerExpires}. Accept it before then, or it passes to the next person on the waiting list.`,
        },
      ],
    }),
    OFFER_EXPIRED: (f) => ({
      subject: `Offer expired: ${f.workshopTitle}`,
      blocks: [
        { p: `Hello ${f.recipientName},` },
        { p: `The place offered to you at “${f.workshopTitle}” was not accepted in time and has passed to the next person.` },
      ],
    }),
    REGISTRATION_APPROVED: (f) => ({
      subject: `Registration approved: ${f.workshopTitle}`,
      blocks: [
        { p: `Hello ${f.recipientName},` },
        {
          p: f.waitlistPosition
            ? `The Secretariat approved your registration for “${f.workshopTitle}”. The workshop is full, so you are on its waiting list.`
            : `The Secretariat approved your registration for “${f.workshopTitle}”. Your place is confirmed.`,
        },
      ],
    }),
    REGISTRATION_DECLINED: (f) => ({
      subject: `Registration declined: ${f.workshopTitle}`,
      blocks: [
        { p: `Hello ${f.recipientName},` },
        { p: `The Secretariat could not accept your registration for “${f.workshopTitle}”.${f.reason ? ` Reason given: ${f.reason}` : ''}` },
      ],
    }),
    REGISTRATION_CANCELLED: (f) => ({
      subject: `Registration cancelled: ${f.workshopTitle}`,
      blocks: [
        { p: `Hello ${f.recipientName},` },
        { p: `Your registration for “${f.workshopTitle}” has been cancelled. If this is a mistake, ask your group's coordinator.` },
      ],
    }),
    WORKSHOP_REMINDER: (f) => ({
      subject: `Reminder: ${f.workshopTitle} starts ${f.startsIn}`,
      blocks: [{ p: `Hello ${f.recipientName},` }, { p: `“${f.workshopTitle}” starts ${f.startsIn}. We look forward to seeing you.` }],
    }),
    WORKSHOP_CHANGED: (f) => ({
      subject: `Changed: ${f.workshopTitle}`,
      blocks: [
        { p: `Hello ${f.recipientName},` },
        { p: `“${f.workshopTitle}” has changed. Here are the details as they are now; your calendar feed updates on its own.` },
      ],
    }),
    WORKSHOP_CANCELLED: (f) => ({
      subject: `Cancelled: ${f.workshopTitle}`,
      blocks: [
        { p: `Hello ${f.recipientName},` },
        { p: `We are sorry: “${f.workshopTitle}” has been cancelled.${f.reason ? ` Reason: ${f.reason}` : ''} Your registration is cancelled with it.` },
      ],
    }),
    WORKSHOP_FOLLOW_UP: (f) => ({
      subject: `Thank you for joining ${f.workshopTitle}`,
      blocks: [
        { p: `Hello ${f.recipientName},` },
        {
          p:
            f.materials.length > 0
              ? `Thank you for taking part in “${f.workshopTitle}”. The materials are here:`
              : `Thank you for taking part in “${f.workshopTitle}”. Materials will appear on the workshop page.`,
        },
      ],
    }),
    REGISTRATION_DEADLINE: (f) => ({
      subject: `Registration closes soon: ${f.workshopTitle}`,
      blocks: [
        { p: `Hello ${f.recipientName},` },
        {
          p: `Registration for “${f.workshopTitle}” closes on ${f.registrationCloses}, and no one from ${f.organizationName ?? 'your group'} is registered yet.`,
        },
      ],
    }),
    SECRETARIAT_DIGEST: (f) => ({
      subject: `Daily digest: ${f.digest?.newRegistrations ?? 0} new registrations, ${f.digest?.pendingApprovals ?? 0} awaiting approval`,
      blocks: [
        { p: `Hello ${f.recipientName},` },
        {
          p: `In the last 24 hours: ${f.digest?.newRegistrations ?? 0} new registrations. Now awaiting approval: ${f.digest?.pendingApprovals ?? 0}. On waiting lists: ${f.digest?.waitlisted ?? 0}.`,
        },
      ],
    }),
    INVITATION: (f) => ({
      subject: `You are invited to the knowledge exchange${f.organizationName ? ` (${f.organizationName})` : ''}`,
      blocks: [
        { p: `Hello ${f.recipientName},` },
        {
          p: `You are invited to join the network's knowledge exchange${f.organizationName ? ` for ${f.organizationName}` : ''}: workshops, forums and training resources. The link works once, until ${f.invitation?.expires}.`,
        },
        { link: 'Accept the invitation', url: f.invitation?.url ?? '' },
      ],
    }),
    EMAIL_CONFIRMATION: (f) => ({
      subject: 'Confirm your email address for the knowledge exchange',
      blocks: [
        { p: `Hello ${f.recipientName},` },
        {
          p: `Please confirm that this is your address: until you do, registrations made for you by email, your calendar feed and your email choices stay apart from your account. The link works until ${f.invitation?.expires}.`,
        },
        { link: 'Confirm my address', url: f.invitation?.url ?? '' },
      ],
    }),
    PASSWORD_RESET: (f) => ({
      subject: 'Reset your password for the knowledge exchange',
      blocks: [
        { p: `Hello ${f.recipientName},` },
        {
          p: `Someone asked to reset the password of your account. The link below sets a new one and signs you out everywhere else; it works once, until ${f.invitation?.expires}. If you did not ask, ignore this email: your password stays as it is.`,
        },
        { link: 'Choose a new password', url: f.invitation?.url ?? '' },
      ],
    }),
    ANSWERS_NEEDED: (f) => ({
      subject: `A few questions before ${f.workshopTitle}`,
      blocks: [
        { p: `Hello ${f.recipientName},` },
        {
          p: `To prepare “${f.workshopTitle}” for you, the Secretariat needs some answers that only you should give. What you answer is seen by you and the Secretariat; your group sees only what it needs to organise your place.`,
        },
        { facts: [['When', f.when]] },
        { link: 'Answer the questions', url: f.invitation?.url ?? '' },
        {
          p: `The link works once, until ${f.invitation?.expires}, and needs no account. If it has been used or has expired, ask the Secretariat for a new one.`,
        },
      ],
    }),
    LETTER_APPROVED: (f) => ({
      subject: `Your invitation letter is ready: ${f.workshopTitle}`,
      blocks: [
        { p: `Hello ${f.recipientName},` },
        {
          p: `The Secretariat has approved your visa invitation letter for “${f.workshopTitle}”. Download it from My workshops; an embassy can check it with the code printed on it.`,
        },
      ],
    }),
    LETTER_DECLINED: (f) => ({
      subject: `Your letter request: ${f.workshopTitle}`,
      blocks: [
        { p: `Hello ${f.recipientName},` },
        { p: `The Secretariat could not issue an invitation letter for “${f.workshopTitle}” as asked${f.reason ? `: ${f.reason}` : '.'}` },
        { p: 'You may ask again from My workshops.' },
      ],
    }),
  },
  digestLine: (w) => `${w.title}: ${w.newRegistrations} new, ${w.pending} awaiting approval, ${w.waitlisted} waiting`,
};
