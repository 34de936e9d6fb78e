import { Binary, ObjectId } from 'mongodb';
import { reconcileResourcesJob } from '../../../src/modules/resources/jobs/reconcile.job';
import { tryClaim } from '../../../src/db/claims';
import { UPLOAD_GRACE_MS } from '../../../src/modules/resources/reconcile.service';
import { givenWorkshop, useNetworkApp } from '../../helpers/fixtures';
import { createResource, pdfBytes, storedFileCounts, upload } from './resource-fixtures';

// What a crash between two writes leaves behind, healed by the resources/reconcile job.
describe('resources/reconcile', () => {
  const env = useNetworkApp();

  it('removes chunks of an upload the process died in, keeps finished ones, resyncs links and figures', async () => {
    const { db, models } = env.db.current;
    const kept = await createResource(env.app.url, env.network.tokens.admin);
    await upload(env.app.url, env.network.tokens.admin, kept, pdfBytes(300_000), 'kept.pdf');

    // A crash mid-upload: the claim and some chunks, no files document, no version.
    const fileId = new ObjectId();
    await tryClaim(db, `upload:${String(fileId)}`, { kind: 'resources.upload', now: env.app.clock.now(), data: { fileId } });
    await db.collection('files.chunks').insertMany([0, 1].map((n) => ({ files_id: fileId, n, data: new Binary(Buffer.alloc(1024, n)) })));
    // A link written for a resource whose insert never happened, and workshopIds out of step.
    const workshop = await givenWorkshop(env.db.current);
    await models.ResourceLink.create({
      _id: `res:${String(new ObjectId())}:ws:${String(workshop._id)}`,
      resourceId: new ObjectId(),
      workshopId: workshop._id,
      createdAt: env.app.clock.now(),
    });
    const drifted = await createResource(env.app.url, env.network.tokens.admin, { workshopIds: [String(workshop._id)] });
    await models.Resource.updateOne({ _id: drifted }, { $set: { workshopIds: [], downloadCount: 7 } });

    const before = await storedFileCounts(env.db.current);
    await reconcileResourcesJob.handler({}, env.app.deps); // within the grace period: the upload may still be running
    expect(await storedFileCounts(env.db.current)).toEqual(before);

    env.app.clock.advance(UPLOAD_GRACE_MS + 60_000);
    try {
      await reconcileResourcesJob.handler({}, env.app.deps);
      await reconcileResourcesJob.handler({}, env.app.deps); // idempotent
    } finally {
      env.app.clock.advance(-(UPLOAD_GRACE_MS + 60_000));
    }
    expect(await db.collection('files.chunks').countDocuments({ files_id: fileId })).toBe(0);
    expect(await storedFileCounts(env.db.current)).toEqual({ files: before.files, chunks: before.chunks - 2, uploadClaims: 0 });
    expect(await db.collection('claims').countDocuments({ kind: 'resources.upload' })).toBe(0);
    expect(await models.ResourceLink.countDocuments({ workshopId: workshop._id })).toBe(1);
    expect(await models.Resource.findById(drifted).lean()).toMatchObject({ workshopIds: [workshop._id], downloadCount: 0 });
    const download = await fetch(`${env.app.url}/files/${kept}`, { headers: { authorization: `Bearer ${env.network.tokens.admin}` } });
    expect((await download.arrayBuffer()).byteLength).toBe(300_000);
  });
});
