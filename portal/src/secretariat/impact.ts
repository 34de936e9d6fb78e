import { request } from '../api';
import { graphql } from '../gql';

const IMPACT = graphql(`
  query CancelImpact($workshopId: ID!) {
    workshopReport(workshopId: $workshopId) {
      byStatus {
        confirmed
        waitlisted
        pendingApproval
      }
      byGroup {
        organization {
          id
        }
      }
    }
  }
`);

/** Who is emailed when a workshop changes or is cancelled: everyone registered and not out (confirmed, waiting, awaiting approval). */
export interface Impact {
  people: number;
  groups: number;
}

export async function impactOf(workshopId: string): Promise<Impact> {
  const { workshopReport: report } = await request(IMPACT, { workshopId });
  return { people: report.byStatus.confirmed + report.byStatus.waitlisted + report.byStatus.pendingApproval, groups: report.byGroup.length };
}
