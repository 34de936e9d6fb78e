import type { Catalog } from './catalog';

export const es: Catalog = {
  labels: {
    when: 'Cuándo',
    atVenue: 'En la sede',
    where: 'Dónde',
    join: 'Enlace de conexión',
    workshop: 'Página del taller',
    position: 'Posición en la lista de espera',
    online: 'En línea',
  },
  footer: {
    why: 'Recibe este mensaje porque está inscrito/a en el programa de intercambio de conocimientos.',
    unsubscribe: 'Dejar de recibir estos mensajes',
    manage: 'Gestionar sus notificaciones',
  },
  kinds: {
    REGISTRATION_CONFIRMED: (f) => ({
      subject: `Inscripción confirmada: ${f.workshopTitle}`,
      blocks: [{ p: `Hola, ${f.recipientName}:` }, { p: `Su plaza en «${f.workshopTitle}» está confirmada. Se adjunta la invitación de calendario.` }],
    }),
    REGISTRATION_WAITLISTED: (f) => ({
      subject: `En lista de espera: ${f.workshopTitle}`,
      blocks: [
        { p: `Hola, ${f.recipientName}:` },
        { p: `«${f.workshopTitle}» está completo por ahora, así que está en la lista de espera. Le escribiremos en cuanto una plaza sea suya.` },
      ],
    }),
    REGISTRATION_PENDING: (f) => ({
      subject: `Inscripción recibida: ${f.workshopTitle}`,
      blocks: [
        { p: `Hola, ${f.recipientName}:` },
        { p: `El Secretariado revisa las inscripciones a «${f.workshopTitle}». Le avisaremos cuando haya decidido.` },
      ],
    }),
    REGISTRATION_PROMOTED: (f) => ({
      subject: `Tiene una plaza: ${f.workshopTitle}`,
      blocks: [{ p: `Hola, ${f.recipientName}:` }, { p: `Se ha liberado una plaza en «${f.workshopTitle}» y ahora es suya.` }],
    }),
    SEAT_OFFERED: (f) => ({
      subject: `Se le ofrece una plaza: ${f.workshopTitle}`,
      blocks: [
        { p: `Hola, ${f.recipientName}:` },
        {
          p: `Se ha liberado una plaza en «${f.workshopTitle}» y se le reserva hasta el ${f.offerExpires}. Acéptela antes; si no, pasará a la siguiente persona de la lista.`,
        },
      ],
    }),
    OFFER_EXPIRED: (f) => ({
      subject: `Oferta vencida: ${f.workshopTitle}`,
      blocks: [
        { p: `Hola, ${f.recipientName}:` },
        { p: `La plaza que se le ofreció en «${f.workshopTitle}» no se aceptó a tiempo y ha pasado a la siguiente persona.` },
      ],
    }),
    REGISTRATION_APPROVED: (f) => ({
      subject: `Inscripción aprobada: ${f.workshopTitle}`,
      blocks: [
        { p: `Hola, ${f.recipientName}:` },
        {
          p: f.waitlistPosition
            ? `El Secretariado aprobó su inscripción a «${f.workshopTitle}». El taller está completo, así que está en la lista de espera.`
            : `El Secretariado aprobó su inscripción a «${f.workshopTitle}». Su plaza está confirmada.`,
        },
      ],
    }),
    REGISTRATION_DECLINED: (f) => ({
      subject: `Inscripción rechazada: ${f.workshopTitle}`,
      blocks: [
        { p: `Hola, ${f.recipientName}:` },
        { p: `El Secretariado no pudo aceptar su inscripción a «${f.workshopTitle}».${f.reason ? ` Motivo: ${f.reason}` : ''}` },
      ],
    }),
    REGISTRATION_CANCELLED: (f) => ({
      subject: `Inscripción cancelada: ${f.workshopTitle}`,
      blocks: [
        { p: `Hola, ${f.recipientName}:` },
        { p: `Su inscripción a «${f.workshopTitle}» ha sido cancelada. Si es un error, consulte a la coordinación de su grupo.` },
      ],
    }),
    WORKSHOP_REMINDER: (f) => ({
      subject: `Recordatorio: ${f.workshopTitle} empieza ${f.startsIn}`,
      blocks: [{ p: `Hola, ${f.recipientName}:` }, { p: `«${f.workshopTitle}» empieza ${f.startsIn}. Le esperamos.` }],
    }),
    WORKSHOP_CHANGED: (f) => ({
      subject: `Cambio: ${f.workshopTitle}`,
      blocks: [
        { p: `Hola, ${f.recipientName}:` },
        { p: `«${f.workshopTitle}» ha cambiado. Estos son los datos actuales; su calendario suscrito se actualiza solo.` },
      ],
    }),
    WORKSHOP_CANCELLED: (f) => ({
      subject: `Cancelado: ${f.workshopTitle}`,
      blocks: [
        { p: `Hola, ${f.recipientName}:` },
        { p: `Lo sentimos: «${f.workshopTitle}» se ha cancelado.${f.reason ? ` Motivo: ${f.reason}` : ''} Su inscripción queda cancelada también.` },
      ],
    }),
    WORKSHOP_FOLLOW_UP: (f) => ({
      subject: `Gracias por participar en ${f.workshopTitle}`,
      blocks: [
        { p: `Hola, ${f.recipientName}:` },
        {
          p:
            f.materials.length > 0
              ? `Gracias por participar en «${f.workshopTitle}». Aquí están los materiales:`
              : `Gracias por participar en «${f.workshopTitle}». Los materiales aparecerán en la página del taller.`,
        },
      ],
    }),
    REGISTRATION_DEADLINE: (f) => ({
      subject: `La inscripción cierra pronto: ${f.workshopTitle}`,
      blocks: [
        { p: `Hola, ${f.recipientName}:` },
        {
          p: `La inscripción a «${f.workshopTitle}» cierra el ${f.registrationCloses} y todavía no hay nadie inscrito de ${f.organizationName ?? 'su grupo'}.`,
        },
      ],
    }),
    SECRETARIAT_DIGEST: (f) => ({
      subject: `Resumen diario: ${f.digest?.newRegistrations ?? 0} inscripciones nuevas, ${f.digest?.pendingApprovals ?? 0} por aprobar`,
      blocks: [
        { p: `Hola, ${f.recipientName}:` },
        {
          p: `En las últimas 24 horas: ${f.digest?.newRegistrations ?? 0} inscripciones nuevas. Por aprobar: ${f.digest?.pendingApprovals ?? 0}. En listas de espera: ${f.digest?.waitlisted ?? 0}.`,
        },
      ],
    }),
    INVITATION: (f) => ({
      subject: `Invitación al intercambio de conocimientos${f.organizationName ? ` (${f.organizationName})` : ''}`,
      blocks: [
        { p: `Hola, ${f.recipientName}:` },
        {
          p: `Le invitamos a unirse al intercambio de conocimientos de la red${f.organizationName ? ` por ${f.organizationName}` : ''}: talleres, foros y recursos de formación. El enlace sirve una sola vez, hasta el ${f.invitation?.expires}.`,
        },
        { link: 'Aceptar la invitación', url: f.invitation?.url ?? '' },
      ],
    }),
    EMAIL_CONFIRMATION: (f) => ({
      subject: 'Confirme su dirección de correo para el intercambio de conocimientos',
      blocks: [
        { p: `Hola ${f.recipientName},` },
        {
          p: `Confirme que esta dirección es suya: hasta entonces, las inscripciones hechas para usted por correo, su calendario y sus preferencias de correo quedan separados de su cuenta. El enlace funciona hasta el ${f.invitation?.expires}.`,
        },
        { link: 'Confirmar mi dirección', url: f.invitation?.url ?? '' },
      ],
    }),
    PASSWORD_RESET: (f) => ({
      subject: 'Restablezca su contraseña del intercambio de conocimientos',
      blocks: [
        { p: `Hola, ${f.recipientName}:` },
        {
          p: `Se pidió restablecer la contraseña de su cuenta. El enlace de abajo permite elegir una nueva y cierra sus demás sesiones; sirve una sola vez, hasta el ${f.invitation?.expires}. Si usted no lo pidió, ignore este correo: su contraseña no cambia.`,
        },
        { link: 'Elegir una nueva contraseña', url: f.invitation?.url ?? '' },
      ],
    }),
    ANSWERS_NEEDED: (f) => ({
      subject: `Algunas preguntas antes de «${f.workshopTitle}»`,
      blocks: [
        { p: `Hola, ${f.recipientName}:` },
        {
          p: `Para preparar «${f.workshopTitle}», el Secretariado necesita algunas respuestas que solo usted debe dar. Sus respuestas las ven usted y el Secretariado; su grupo ve solo lo que necesita para organizar su participación.`,
        },
        { facts: [['Cuándo', f.when]] },
        { link: 'Responder a las preguntas', url: f.invitation?.url ?? '' },
        { p: `El enlace sirve una sola vez, hasta el ${f.invitation?.expires}, y no requiere cuenta. Si ya se usó o caducó, pida uno nuevo al Secretariado.` },
      ],
    }),
    LETTER_APPROVED: (f) => ({
      subject: `Su carta de invitación está lista: ${f.workshopTitle}`,
      blocks: [
        { p: `Hola, ${f.recipientName}:` },
        {
          p: `El Secretariado aprobó su carta de invitación para el visado, para «${f.workshopTitle}». Descárguela desde Mis talleres; una embajada puede verificarla con el código que lleva impreso.`,
        },
      ],
    }),
    LETTER_DECLINED: (f) => ({
      subject: `Su solicitud de carta: ${f.workshopTitle}`,
      blocks: [
        { p: `Hola, ${f.recipientName}:` },
        { p: `El Secretariado no pudo emitir la carta de invitación para «${f.workshopTitle}» tal como se pidió${f.reason ? `: ${f.reason}` : '.'}` },
        { p: 'Puede pedirla de nuevo desde Mis talleres.' },
      ],
    }),
  },
  digestLine: (w) => `${w.title}: ${w.newRegistrations} nuevas, ${w.pending} por aprobar, ${w.waitlisted} en espera`,
};
