/**
 * Azure: Container Registry + Container Apps + Database for PostgreSQL/MySQL flexible server,
 * described in Terraform. Migrations run as a Container Apps job with the new image before the
 * app gets a new revision. The database sits in a delegated subnet with no public endpoint.
 * Terraform rather than Bicep: one IaC language across the three big clouds, and its files can be
 * parsed and checked here without Azure tooling.
 */
import type { CloudDescriptor } from '../types.js';
import { sqliteRejected } from '../shared.js';

export const azure: CloudDescriptor = {
  id: 'azure',
  label: 'Azure',
  hint: 'Container Registry, Container Apps, flexible server; Terraform',
  layers: [{ dir: 'clouds/azure/templates' }],
  incompatible: (a) =>
    sqliteRejected(a, 'Azure Container Apps', 'its replicas keep no disk between revisions, and SQLite is not safe on its network file shares.'),
};
