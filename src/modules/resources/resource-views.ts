import type { Page } from '../../graphql/pagination';
import type { Facets } from './library';
import type { ResourceDoc, ResourceVersionDoc } from './resource.model';

/** A version as the API shows it: the resource's visibility decides what kind of link it gets. */
export type VersionView = ResourceVersionDoc & { visibility: string };

export interface EditionView {
  language: string;
  versions: VersionView[];
}

/** A page of resources; the total and the facets are counted only when asked for. */
export type ResourcePage = Page<ResourceDoc> & { count: () => Promise<number>; facets: () => Promise<Facets> };

export interface ResourceCount {
  resourceId: string;
  count: number;
}

export interface OrganizationCount {
  organizationId: string | null;
  count: number;
}
