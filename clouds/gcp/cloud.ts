/**
 * Google Cloud: Artifact Registry + Cloud Run + Cloud SQL (private IP), described in Terraform.
 * Migrations run as a Cloud Run job with the new image before the service gets a new revision.
 * Cloud SQL has no public IP: Cloud Run reaches it through Direct VPC egress, so DATABASE_URL is
 * a plain host:port URL every stack's driver understands (no Unix socket, no proxy sidecar).
 */
import type { CloudDescriptor } from '../types.js';
import { sqliteRejected } from '../shared.js';

export const gcp: CloudDescriptor = {
  id: 'gcp',
  label: 'Google Cloud',
  hint: 'Artifact Registry, Cloud Run, Cloud SQL; Terraform',
  layers: [{ dir: 'clouds/gcp/templates' }],
  incompatible: (a) =>
    sqliteRejected(a, 'Google Cloud Run', 'its containers keep no disk between instances or deploys.'),
};
