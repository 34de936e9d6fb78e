import DataLoader from 'dataloader';
import type { WorkshopDoc } from './workshop.model';
import type { ProgrammeModel } from './workshops.reads';

/** The workshops a request resolves (a registration's, a resource's), from the programme in memory. */
export function createWorkshopLoaders({ programme }: { programme: ProgrammeModel }) {
  return {
    byId: new DataLoader<string, WorkshopDoc | null>(async (ids) => {
      const current = await programme.current();
      return ids.map((id) => current.get(id) ?? null);
    }),
  };
}
