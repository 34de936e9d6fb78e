import type { Page } from '../../graphql/pagination';
import type { ResourceDoc, ResourceVersionDoc } from './resource.model';

/** A version as the API shows it: the resource's visibility decides what kind of link it gets. */
export type VersionView = ResourceVersionDoc & { visibility: string };

export interface EditionView {
  language: string;
  versions: VersionView[];
}

/** A page of resources; the total is counted only when asked for. */
export type ResourcePage = Page<ResourceDoc> & { count: () => Promise<number> };

export interface ResourceCount {
  resourceId: string;
  count: number;
}

export interface OrganizationCount {
  organizationId: string | null;
  count: number;
}
