import { pipeline } from 'node:stream/promises';
import { workshopById } from '../workshops/workshops.queries';
import { stringify } from 'csv-stringify';
import { Router } from 'express';
import { parseId } from '../../shared/ids';
import { ErrorCode, httpStatusOf } from '../../shared/errors';
import type { AppDeps } from '../../app/context';
import { sendError } from '../../http/http-errors';
import { recordAudit } from '../audit/audit.service';
import { bearer, signedInOf } from '../../http/bearer';
import { registrationsPolicy } from './registrations.policy';
import type { RegistrationDoc } from './registration.model';
import { organizationsByIds } from '../organizations/organizations.queries';
import { missingOf } from '../questions/asked-questions';
import { consentsComplete } from './consents';
import type { QuestionLibrary } from '../questions/question-library';
import type { QuestionDoc } from '../questions/question.model';
import { questionLibrary } from '../questions/questions.queries';
import type { WorkshopDoc } from '../workshops/workshop.model';

/** Spreadsheets run cells starting with these as formulas (CSV injection); such cells get a leading quote. */
const FORMULA_START = /^[=+\-@\t\r]/;
const safe = (value: unknown) => {
  const text = value === null || value === undefined ? '' : String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
};

/** The workshop's questions as columns, in its order: the operational ones, and the others when asked for. */
function answerColumns(library: QuestionLibrary, workshop: WorkshopDoc, sensitive: boolean): QuestionDoc[] {
  return (workshop.questions ?? []).flatMap((pick) => {
    const question = library.get(String(pick.questionId));
    return question && (sensitive || question.sensitivity === 'OPERATIONAL') ? [question] : [];
  });
}

const answerCell = (registration: RegistrationDoc, question: QuestionDoc) => {
  const answer = registration.answers?.find((a) => String(a.questionId) === String(question._id));
  return answer ? (answer.value ?? answer.values.join('; ')) : '';
};

/**
 * `GET /workshops/:id/participants.csv[?include=sensitive]`: the Secretariat's participant list, streamed, every
 * export written to the audit log (who, which workshop, how many rows, when).
 */
export function participantsExportRouter(deps: AppDeps): Router {
  const router = Router();
  router.get('/workshops/:id/participants.csv', bearer(deps), async (req, res, next) => {
    try {
      const signedIn = signedInOf(res);
      if (!signedIn) return sendError(res, 401, ErrorCode.UNAUTHENTICATED, 'Sign in to do this.');
      if (!registrationsPolicy.exportParticipants(signedIn.viewer))
        return sendError(res, 403, ErrorCode.FORBIDDEN, 'The participant export is for the Secretariat.');
      const include = req.query.include;
      if (include !== undefined && include !== 'sensitive')
        return sendError(res, 400, ErrorCode.BAD_USER_INPUT, 'include is "sensitive" or left out.', { field: 'include' });
      const workshop = await workshopById(deps, parseId(req.params.id));
      if (!workshop) return sendError(res, httpStatusOf.NOT_FOUND, ErrorCode.NOT_FOUND, 'Workshop not found.');
      // Operational answers always; the others only when asked for by name, and audited so.
      const columns = answerColumns(await questionLibrary(deps), workshop, include === 'sensitive');

      const registrations = await deps.database.models.Registration.find({ workshopId: workshop._id }).sort({ _id: 1 }).lean<RegistrationDoc[]>();
      const organizations = await organizationsByIds(
        deps,
        registrations.map((r) => r.organizationId),
      );
      const groups = new Map(organizations.map((o) => [String(o._id), o]));
      await recordAudit(deps, {
        action: 'export.participants',
        actorId: signedIn.viewer.userId,
        subject: `workshop:${String(workshop._id)}`,
        details: { rows: registrations.length, include: include ?? null, questions: columns.map((question) => question.key) },
      });

      res.status(200);
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="participants-${String(workshop._id)}.csv"`);
      res.setHeader('Cache-Control', 'no-store');
      const csv = stringify({
        header: true,
        bom: true,
        columns: [
          'name',
          'email',
          'group',
          'country',
          'status',
          'waitlistTicket',
          'attended',
          'registeredAt',
          'answersComplete',
          'consentsComplete',
          ...columns.map((q) => q.key),
        ],
      });
      const rows = registrations.map((r) => {
        const group = groups.get(String(r.organizationId));
        return [
          r.participant?.name,
          r.participant?.email,
          group?.name,
          group?.country,
          r.status,
          r.waitTicket,
          r.attended,
          (r.registeredAt ?? r.createdAt)?.toISOString(),
          missingOf(workshop.questions ?? [], r.answers ?? []).length === 0,
          consentsComplete(workshop.consentItems ?? [], r.consents ?? []),
          ...columns.map((question) => answerCell(r, question)),
        ].map(safe);
      });
      await pipeline(
        (async function* () {
          for (const row of rows) yield row;
        })(),
        csv,
        res,
      );
    } catch (err) {
      next(err);
    }
  });
  return router;
}
