/** Agenda's collection: the worker writes it (jobs/agenda.ts); the Secretariat's job status reads it. */
export const AGENDA_COLLECTION = 'agendaJobs';
