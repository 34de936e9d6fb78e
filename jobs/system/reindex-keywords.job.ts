import { KEYWORDS_VERSION, reindexKeywords } from '../../src/db/reindex-keywords';
import { organizationKeywordSource } from '../../src/modules/organizations/organization-keywords';
import { resourceKeywordSource } from '../../src/modules/resources/resource-keywords';
import { workshopKeywordSource } from '../../src/modules/workshops/workshop-keywords';
import { defineJob } from '../job';

/** Once per keyword version: stored search words recomputed after the way words are split changed. */
export const reindexKeywordsJob = defineJob<Record<string, never>>({
  name: 'system/reindex-keywords',
  every: '1 hour',
  options: { concurrency: 1, lockLifetime: 60 * 60_000 },
  async handler(_data, deps) {
    const rewritten = await reindexKeywords(deps.database, [workshopKeywordSource, resourceKeywordSource, organizationKeywordSource], deps.clock.now());
    if (rewritten) deps.logger.info({ rewritten, version: KEYWORDS_VERSION }, 'search keywords recomputed');
  },
});
