import { sweepSessionsJob } from '../../../src/modules/users/jobs/sweep-sessions.job';
import { startTestApp } from '../../helpers/app';
import { useTestDatabase } from '../../helpers/database';
import { givenNetwork } from '../../helpers/fixtures';

describe('users/sweep-sessions job', () => {
  const db = useTestDatabase();

  it('deletes sessions a month past their expiry and keeps the rest', async () => {
    const app = await startTestApp(db.current);
    try {
      const network = await givenNetwork(db.current, app.url);
      const before = await db.current.models.Session.countDocuments({});
      await db.current.models.Session.create({ _id: 'old', userId: network.people.member._id, expiresAt: new Date('2026-01-01T00:00:00Z') });
      await db.current.models.Session.create({ _id: 'recent', userId: network.people.member._id, expiresAt: new Date('2026-02-20T00:00:00Z') });
      await sweepSessionsJob.handler({}, app.deps);
      await sweepSessionsJob.handler({}, app.deps); // idempotent
      const ids = (await db.current.models.Session.find({}).lean()).map((s) => s._id);
      expect(ids).not.toContain('old');
      expect(ids).toContain('recent');
      expect(ids).toHaveLength(before + 1);
    } finally {
      await app.close();
    }
  });
});
