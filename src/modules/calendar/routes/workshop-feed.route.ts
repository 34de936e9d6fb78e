import type { RequestHandler } from 'express';
import { Types } from 'mongoose';
import type { AppDeps } from '../../../app/context';
import { signedInOf } from '../../../http/bearer';
import { publicBaseUrl } from '../../../http/public-url';
import type { WorkshopDoc } from '../../workshops/workshop.model';
import { workshopById } from '../../workshops/workshops.queries';
import { calendarPolicy } from '../calendar.policy';
import { readStamps } from '../feed-stamps';
import { workshopIcs } from '../ics/workshop-event';
import { PUBLIC_CACHE, notFound, sendCalendar, type FeedServer } from './feed-server';

/** GET /calendar/workshops/<id>.ics (after the bearer middleware): one workshop; a draft for the Secretariat only, never cached. */
export function workshopFeed(deps: AppDeps, feeds: FeedServer): RequestHandler {
  return async (req, res) => {
    const id = /^([0-9a-f]{24})\.ics$/i.exec(String(req.params.file))?.[1];
    if (!id) return notFound(res);
    const secretariat = calendarPolicy.seeEveryWorkshop(signedInOf(res)?.viewer ?? null);
    const stamps = await readStamps(deps, ['workshops']);
    let workshop: WorkshopDoc | null | undefined;
    const load = async () => (workshop ??= await workshopById(deps, new Types.ObjectId(id)));
    if (secretariat) {
      const found = await load();
      if (!found) return notFound(res);
      if (!calendarPolicy.publiclyListed(found)) {
        const body = Buffer.from(workshopIcs(found, { publicUrl: publicBaseUrl(deps.config), includeJoiningLink: false }), 'utf8');
        res.setHeader('Cache-Control', 'private, no-store');
        return sendCalendar(req, res, { body }, `workshop-${id}.ics`, null);
      }
    }
    await feeds.serve(req, res, {
      key: `workshop:${id}`,
      stamps,
      includeRegistrations: false,
      cacheControl: PUBLIC_CACHE,
      filename: `workshop-${id}.ics`,
      name: 'Workshop',
      description: 'One workshop of the network’s programme.',
      // Built (and cached) only for a public workshop; any change to one raises the stamps.
      entries: async () => {
        const found = await load();
        return found && calendarPolicy.publiclyListed(found) ? [{ workshop: found, includeJoiningLink: false, tentative: false }] : null;
      },
    });
  };
}
