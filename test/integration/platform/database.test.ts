import { Schema, type InferSchemaType, type Model } from 'mongoose';
import { useTestDatabase } from '../../helpers/database';

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
  const Note = () => NoteModel;
  beforeAll(() => {
    NoteModel = db.current.connection.model('Note', noteSchema);
  });

  it('creates the declared indexes, including a multikey one', async () => {
    await Note().createIndexes();
    const indexes = await Note().collection.indexes();
    const keys = indexes.map((index) => index.key);
    expect(keys).toEqual(
      expect.arrayContaining([{ _id: 1 }, { organizationId: 1, startsAt: 1 }, { keywords: 1 }]),
    );
  });

  it('creates, reads, updates and deletes documents', async () => {
    const created = await Note().create({
      title: 'Safeguarding in travel and tourism',
      keywords: ['safeguarding', 'tourism'],
      organizationId: 'org-1',
      startsAt: new Date('2026-05-04T08:00:00Z'),
    });
    expect(created.createdAt).toBeInstanceOf(Date);

    const found = await Note().find({ keywords: 'tourism', organizationId: 'org-1' }).lean();
    expect(found.map((n) => n.title)).toEqual(['Safeguarding in travel and tourism']);

    const updated = await Note().updateOne({ _id: created._id }, { $set: { title: 'Renamed' } });
    expect(updated.modifiedCount).toBe(1);
    expect((await Note().findById(created._id).lean())?.title).toBe('Renamed');

    await Note().deleteOne({ _id: created._id });
    expect(await Note().countDocuments({})).toBe(0);
  });

  it('validates documents before writing them', async () => {
    await expect(Note().create({ title: 'x'.repeat(201), organizationId: 'org-1', startsAt: new Date() })).rejects.toThrow(
      /maximum allowed length/,
    );
    expect(await Note().countDocuments({})).toBe(0);
  });

  it('registers the service models with their indexes', async () => {
    const indexes = await db.current.models.WorkerHeartbeat.collection.indexes();
    expect(indexes.map((index) => index.key)).toEqual(expect.arrayContaining([{ beatAt: -1 }]));
  });
});
