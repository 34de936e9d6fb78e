import type { Catalog } from './catalog';

export const fr: Catalog = {
  labels: {
    when: 'Quand',
    atVenue: 'Sur place',
    where: 'Où',
    join: 'Lien de connexion',
    workshop: 'Page de l’atelier',
    position: 'Position sur la liste d’attente',
    online: 'En ligne',
  },
  footer: {
    why: 'Vous recevez ce message parce que vous êtes inscrit·e au programme d’échange de connaissances.',
    unsubscribe: 'Ne plus recevoir ces messages',
    manage: 'Gérer vos notifications',
  },
  kinds: {
    REGISTRATION_CONFIRMED: (f) => ({
      subject: `Inscription confirmée : ${f.workshopTitle}`,
      blocks: [{ p: `Bonjour ${f.recipientName},` }, { p: `Votre place à « ${f.workshopTitle} » est confirmée. L’invitation de calendrier est jointe.` }],
    }),
    REGISTRATION_WAITLISTED: (f) => ({
      subject: `Sur la liste d’attente : ${f.workshopTitle}`,
      blocks: [
        { p: `Bonjour ${f.recipientName},` },
        { p: `« ${f.workshopTitle} » est complet pour l’instant : vous êtes sur la liste d’attente. Nous vous écrirons dès qu’une place sera pour vous.` },
      ],
    }),
    REGISTRATION_PENDING: (f) => ({
      subject: `Inscription reçue : ${f.workshopTitle}`,
      blocks: [
        { p: `Bonjour ${f.recipientName},` },
        { p: `Le Secrétariat examine les inscriptions à « ${f.workshopTitle} ». Vous aurez de nos nouvelles dès sa décision.` },
      ],
    }),
    REGISTRATION_PROMOTED: (f) => ({
      subject: `Une place est à vous : ${f.workshopTitle}`,
      blocks: [{ p: `Bonjour ${f.recipientName},` }, { p: `Une place s’est libérée à « ${f.workshopTitle} » : elle est désormais à vous.` }],
    }),
    SEAT_OFFERED: (f) => ({
      subject: `Une place vous est proposée : ${f.workshopTitle}`,
      blocks: [
        { p: `Bonjour ${f.recipientName},` },
        {
          p: `Une place s’est libérée à « ${f.workshopTitle} » et vous est réservée jusqu’au ${f.offerExpires}. Acceptez-la avant cette date, sinon elle passera à la personne suivante.`,
        },
      ],
    }),
    OFFER_EXPIRED: (f) => ({
      subject: `Offre expirée : ${f.workshopTitle}`,
      blocks: [
        { p: `Bonjour ${f.recipientName},` },
        { p: `La place qui vous était proposée à « ${f.workshopTitle} » n’a pas été acceptée à temps et est passée à la personne suivante.` },
      ],
    }),
    REGISTRATION_APPROVED: (f) => ({
      subject: `Inscription approuvée : ${f.workshopTitle}`,
      blocks: [
        { p: `Bonjour ${f.recipientName},` },
        {
          p: f.waitlistPosition
            ? `Le Secrétariat a approuvé votre inscription à « ${f.workshopTitle} ». L’atelier est complet : vous êtes sur la liste d’attente.`
            : `Le Secrétariat a approuvé votre inscription à « ${f.workshopTitle} ». Votre place est confirmée.`,
        },
      ],
    }),
    REGISTRATION_DECLINED: (f) => ({
      subject: `Inscription refusée : ${f.workshopTitle}`,
      blocks: [
        { p: `Bonjour ${f.recipientName},` },
        { p: `Le Secrétariat n’a pas pu accepter votre inscription à « ${f.workshopTitle} ».${f.reason ? ` Motif : ${f.reason}` : ''}` },
      ],
    }),
    REGISTRATION_CANCELLED: (f) => ({
      subject: `Inscription annulée : ${f.workshopTitle}`,
      blocks: [
        { p: `Bonjour ${f.recipientName},` },
        { p: `Votre inscription à « ${f.workshopTitle} » a été annulée. S’il s’agit d’une erreur, adressez-vous à la coordination de votre groupe.` },
      ],
    }),
    WORKSHOP_REMINDER: (f) => ({
      subject: `Rappel : ${f.workshopTitle} commence ${f.startsIn}`,
      blocks: [{ p: `Bonjour ${f.recipientName},` }, { p: `« ${f.workshopTitle} » commence ${f.startsIn}. Au plaisir de vous y retrouver.` }],
    }),
    WORKSHOP_CHANGED: (f) => ({
      subject: `Modification : ${f.workshopTitle}`,
      blocks: [
        { p: `Bonjour ${f.recipientName},` },
        { p: `« ${f.workshopTitle} » a changé. Voici les informations à jour ; votre calendrier abonné se met à jour de lui-même.` },
      ],
    }),
    WORKSHOP_CANCELLED: (f) => ({
      subject: `Annulé : ${f.workshopTitle}`,
      blocks: [
        { p: `Bonjour ${f.recipientName},` },
        { p: `Nous sommes désolés : « ${f.workshopTitle} » est annulé.${f.reason ? ` Motif : ${f.reason}` : ''} Votre inscription est annulée avec lui.` },
      ],
    }),
    WORKSHOP_FOLLOW_UP: (f) => ({
      subject: `Merci d’avoir participé à ${f.workshopTitle}`,
      blocks: [
        { p: `Bonjour ${f.recipientName},` },
        {
          p:
            f.materials.length > 0
              ? `Merci d’avoir participé à « ${f.workshopTitle} ». Les documents sont ici :`
              : `Merci d’avoir participé à « ${f.workshopTitle} ». Les documents paraîtront sur la page de l’atelier.`,
        },
      ],
    }),
    REGISTRATION_DEADLINE: (f) => ({
      subject: `Les inscriptions ferment bientôt : ${f.workshopTitle}`,
      blocks: [
        { p: `Bonjour ${f.recipientName},` },
        {
          p: `Les inscriptions à « ${f.workshopTitle} » ferment le ${f.registrationCloses}, et personne de ${f.organizationName ?? 'votre groupe'} n’est encore inscrit.`,
        },
      ],
    }),
    SECRETARIAT_DIGEST: (f) => ({
      subject: `Résumé du jour : ${f.digest?.newRegistrations ?? 0} nouvelles inscriptions, ${f.digest?.pendingApprovals ?? 0} en attente d’approbation`,
      blocks: [
        { p: `Bonjour ${f.recipientName},` },
        {
          p: `Ces dernières 24 heures : ${f.digest?.newRegistrations ?? 0} nouvelles inscriptions. En attente d’approbation : ${f.digest?.pendingApprovals ?? 0}. Sur les listes d’attente : ${f.digest?.waitlisted ?? 0}.`,
        },
      ],
    }),
    INVITATION: (f) => ({
      subject: `Invitation à l’échange de connaissances${f.organizationName ? ` (${f.organizationName})` : ''}`,
      blocks: [
        { p: `Bonjour ${f.recipientName},` },
        {
          p: `Vous êtes invité·e à rejoindre l’échange de connaissances du réseau${f.organizationName ? ` pour ${f.organizationName}` : ''} : ateliers, forums et ressources de formation. Le lien ne sert qu’une fois, jusqu’au ${f.invitation?.expires}.`,
        },
        { link: 'Accepter l’invitation', url: f.invitation?.url ?? '' },
      ],
    }),
    EMAIL_CONFIRMATION: (f) => ({
      subject: 'Confirmez votre adresse e-mail pour l’échange de connaissances',
      blocks: [
        { p: `Bonjour ${f.recipientName},` },
        {
          p: `Merci de confirmer que cette adresse est la vôtre : d’ici là, les inscriptions faites pour vous par e-mail, votre calendrier et vos choix d’e-mails restent séparés de votre compte. Le lien fonctionne jusqu’au ${f.invitation?.expires}.`,
        },
        { link: 'Confirmer mon adresse', url: f.invitation?.url ?? '' },
      ],
    }),
    PASSWORD_RESET: (f) => ({
      subject: 'Réinitialisez votre mot de passe pour l’échange de connaissances',
      blocks: [
        { p: `Bonjour ${f.recipientName},` },
        {
          p: `Une demande de réinitialisation du mot de passe de votre compte a été faite. Le lien ci-dessous permet d’en choisir un nouveau et ferme vos autres sessions ; il ne sert qu’une fois, jusqu’au ${f.invitation?.expires}. Si vous n’avez rien demandé, ignorez cet e-mail : votre mot de passe ne change pas.`,
        },
        { link: 'Choisir un nouveau mot de passe', url: f.invitation?.url ?? '' },
      ],
    }),
    ANSWERS_NEEDED: (f) => ({
      subject: `Quelques questions avant « ${f.workshopTitle} »`,
      blocks: [
        { p: `Bonjour ${f.recipientName},` },
        {
          p: `Pour préparer « ${f.workshopTitle} », le Secrétariat a besoin de réponses que vous seul·e devez donner. Vos réponses sont vues par vous et par le Secrétariat ; votre groupe ne voit que ce qu’il lui faut pour organiser votre venue.`,
        },
        { facts: [['Quand', f.when]] },
        { link: 'Répondre aux questions', url: f.invitation?.url ?? '' },
        {
          p: `Le lien ne sert qu’une fois, jusqu’au ${f.invitation?.expires}, et ne demande pas de compte. S’il a déjà servi ou a expiré, demandez-en un nouveau au Secrétariat.`,
        },
      ],
    }),
    LETTER_APPROVED: (f) => ({
      subject: `Votre lettre d’invitation est prête : ${f.workshopTitle}`,
      blocks: [
        { p: `Bonjour ${f.recipientName},` },
        {
          p: `Le Secrétariat a approuvé votre lettre d’invitation pour le visa, pour « ${f.workshopTitle} ». Téléchargez-la depuis Mes ateliers ; une ambassade peut la vérifier avec le code qui y figure.`,
        },
      ],
    }),
    LETTER_DECLINED: (f) => ({
      subject: `Votre demande de lettre : ${f.workshopTitle}`,
      blocks: [
        { p: `Bonjour ${f.recipientName},` },
        { p: `Le Secrétariat n’a pas pu établir de lettre d’invitation pour « ${f.workshopTitle} » telle que demandée${f.reason ? ` : ${f.reason}` : '.'}` },
        { p: 'Vous pouvez la demander à nouveau depuis Mes ateliers.' },
      ],
    }),
  },
  digestLine: (w) => `${w.title} : ${w.newRegistrations} nouvelles, ${w.pending} à approuver, ${w.waitlisted} en attente`,
};
