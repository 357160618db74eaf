/**
 * Render: a Blueprint (render.yaml, Render's own infrastructure as code) creates a Docker web
 * service and a Render PostgreSQL database; migrations are the service's pre-deploy command.
 * Render builds the image from the repository, so the deploy job asks Render's API to deploy the
 * exact commit that passed CI (not "the branch head", which may be untested) and waits for it.
 * SQLite is rejected (Render's disks are paid, one instance only, and not mounted in pre-deploy
 * commands), and so is MySQL (Render has no managed MySQL).
 */
import type { CloudDescriptor } from '../types.js';
import { mysqlRejected, sqliteRejected } from '../shared.js';

export const render: CloudDescriptor = {
  id: 'render',
  label: 'Render',
  hint: 'render.yaml Blueprint, Render Postgres; beginner-friendly',
  layers: [{ dir: 'clouds/render/templates' }],
  incompatible: (a) =>
    sqliteRejected(
      a,
      'Render',
      "its persistent disks need a paid instance, allow a single instance, and are not mounted while the pre-deploy command runs the migrations.",
    ) ?? mysqlRejected(a, 'Render'),
};
