import type { ReadModelState } from '../../db/read-model';
import type { QuestionDoc } from './question.model';

/** Every question of the network's library, in memory (questions.reads.ts keeps it current). */
export class QuestionLibrary implements ReadModelState<QuestionDoc> {
  private readonly byId = new Map<string, QuestionDoc>();

  constructor(docs: Iterable<QuestionDoc>) {
    for (const doc of docs) this.byId.set(String(doc._id), doc);
  }

  put(id: string, doc: QuestionDoc | null): void {
    if (doc) this.byId.set(id, doc);
    else this.byId.delete(id);
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): QuestionDoc | null {
    return this.byId.get(id) ?? null;
  }

  /** The library by key, archived questions only when asked for. */
  list(includeArchived: boolean): QuestionDoc[] {
    return [...this.byId.values()].filter((doc) => includeArchived || !doc.archived).sort((a, b) => a.key.localeCompare(b.key));
  }
}
