import type { Connection } from 'mongoose';
import { resourceDownloadModel, resourceLinkModel, resourceModel, resourceVersionModel } from './resource.model';

/** The collections this module owns, bound to one connection. */
export const resourcesModels = (connection: Connection) => ({
  Resource: resourceModel(connection),
  ResourceVersion: resourceVersionModel(connection),
  ResourceDownload: resourceDownloadModel(connection),
  ResourceLink: resourceLinkModel(connection),
});
