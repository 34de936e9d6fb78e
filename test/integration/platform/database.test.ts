import { Schema, type InferSchemaType, type Model } from 'mongoose';
import { FILES_BUCKET } from '../../../src/db/file-storage';
import { PARTIAL_UNIQUE_INDEXES, ensureServerIndexes } from '../../../src/db/server-indexes';
import { testLogger, useTestDatabase } from '../../helpers/database';

// Mongoose over a real connection: CRUD and index creation, on whichever server the run uses.
describe('database: Mongoose on the test server', () => {
  const db = useTestDatabase();

  const noteSchema = new Schema(
    {
      title: { type: String, required: true, maxlength: 200 },
      keywords: { type: [String], default: [] },
      organizationId: { type: String, required: true },
      startsAt: { type: Date, required: true },
    },
    { timestamps: true },
  );
  noteSchema.index({ organizationId: 1, startsAt: 1 });
  noteSchema.index({ keywords: 1 });

  let NoteModel: Model<InferSchemaType<typeof noteSchema>>;
  const noteModel = () => NoteModel;
  beforeAll(() => {
    NoteModel = db.current.connection.model('Note', noteSchema);
  });

  it('creates the declared indexes, including a multikey one', async () => {
    await noteModel().createIndexes();
    const indexes = await noteModel().collection.indexes();
    const keys = indexes.map((index) => index.key);
    expect(keys).toEqual(expect.arrayContaining([{ _id: 1 }, { organizationId: 1, startsAt: 1 }, { keywords: 1 }]));
  });

  it('creates, reads, updates and deletes documents', async () => {
    const created = await noteModel().create({
      title: 'Safeguarding in travel and tourism',
      keywords: ['safeguarding', 'tourism'],
      organizationId: 'org-1',
      startsAt: new Date('2026-05-04T08:00:00Z'),
    });
    expect(created.createdAt).toBeInstanceOf(Date);

    const found = await noteModel().find({ keywords: 'tourism', organizationId: 'org-1' }).lean();
    expect(found.map((n) => n.title)).toEqual(['Safeguarding in travel and tourism']);

    const updated = await noteModel().updateOne({ _id: created._id }, { $set: { title: 'Renamed' } });
    expect(updated.modifiedCount).toBe(1);
    expect((await noteModel().findById(created._id).lean())?.title).toBe('Renamed');

    await noteModel().deleteOne({ _id: created._id });
    expect(await noteModel().countDocuments({})).toBe(0);
  });

  it('validates documents before writing them', async () => {
    await expect(noteModel().create({ title: 'x'.repeat(201), organizationId: 'org-1', startsAt: new Date() })).rejects.toThrow(/maximum allowed length/);
    expect(await noteModel().countDocuments({})).toBe(0);
  });

  it('registers the service models with their indexes', async () => {
    const indexes = await db.current.models.WorkerHeartbeat.collection.indexes();
    expect(indexes.map((index) => index.key)).toEqual(expect.arrayContaining([{ beatAt: -1 }]));
  });

  it('tells the server apart at connect: FerretDB for the run the global setup started, MongoDB otherwise', async () => {
    const onFerretdb = Boolean(process.env.FERRETDB_BIN_RESOLVED);
    expect(db.current.capabilities).toMatchObject(
      onFerretdb
        ? { server: 'ferretdb', replicaSet: null, ttlIndexes: false, partialIndexes: false }
        : { server: 'mongodb', ttlIndexes: true, partialIndexes: true },
    );
  });

  it('creates the GridFS indexes at start-up, and the MongoDB-only ones only on MongoDB', async () => {
    // As the service does (openDatabase): TTL on; on FerretDB it must change nothing and not fail.
    await ensureServerIndexes(db.current.db, db.current.capabilities, testLogger(), { ttl: true });
    const keys = async (collection: string) => (await db.current.db.collection(collection).indexes()).map((index) => index.key);
    expect(await keys(`${FILES_BUCKET}.files`)).toEqual(expect.arrayContaining([{ filename: 1, uploadDate: 1 }]));
    const chunks = await db.current.db.collection(`${FILES_BUCKET}.chunks`).indexes();
    expect(chunks.find((index) => index.key.files_id === 1 && index.key.n === 1)?.unique).toBe(true);

    const registrations = await db.current.models.Registration.collection.indexes();
    const partial = registrations
      .filter((index) => index.partialFilterExpression)
      .map((index) => index.name)
      .sort();
    const sessions = await db.current.models.Session.collection.indexes();
    const ttl = sessions.find((index) => index.key.expiresAt === 1)?.expireAfterSeconds;
    if (db.current.capabilities.partialIndexes) {
      expect(partial).toEqual(PARTIAL_UNIQUE_INDEXES.map((index) => index.options.name).sort());
      expect(ttl).toBe(0);
    } else {
      expect(partial).toEqual([]);
      expect(ttl).toBeUndefined();
    }
  });
});
