/** --cloud gcp: Artifact Registry, Cloud Run, Cloud SQL with a private IP; Terraform in infra/. */
import { expect, it } from 'vitest';
import { expectInOrder, indexOfStep, stepTexts, text, workflow } from './harness.js';
import { cloudSuite } from './suite.js';
import { terraformChecks } from './terraform.js';

cloudSuite('gcp', (state) => {
  terraformChecks('gcp', state, [
    'google_artifact_registry_repository',
    'google_cloud_run_v2_service',
    'google_cloud_run_v2_job',
    'google_sql_database_instance',
    'google_iam_workload_identity_pool_provider',
    'google_service_account',
  ]);

  it('pushes the image, runs the migration job with it, then deploys the service and checks it', () => {
    for (const g of state().generated) {
      const job = workflow(g).jobs.deploy;
      const steps = stepTexts(job);
      const order = [
        /docker\/build-push-action@/,
        /gcloud run jobs update "\$CLOUD_RUN_MIGRATE_JOB" --image "\$IMAGE"/,
        /gcloud run jobs execute "\$CLOUD_RUN_MIGRATE_JOB" --wait/,
        /gcloud run deploy "\$CLOUD_RUN_SERVICE" --image "\$IMAGE"/,
        /curl --fail/,
      ].map((p) => indexOfStep(steps, p));
      expectInOrder(order, g.label);
      expect(job.env.IMAGE, g.label).toMatch(/:\$\{\{ github\.sha \}\}$/);
      // The job Terraform defines runs the project's own migrate command.
      const command = /command = (\[.*\])$/m.exec(text(g, 'infra/app.tf'))?.[1] ?? '[]';
      const shell = g.ctx.lang.imageHasShell ? ['sh', '-c', g.ctx.commands.migrate] : g.ctx.commands.migrate.split(' ');
      expect(JSON.parse(command), g.label).toEqual(shell);
    }
  });

  it("lets only this repository's production environment impersonate the deployer; the database has no public IP", () => {
    for (const g of state().generated) {
      const github = text(g, 'infra/github.tf');
      expect(github, g.label).toContain('/subject/repo:${var.github_repository}:environment:production"');
      expect(github, g.label).toContain('attribute_condition = "assertion.repository == \\"${var.github_repository}\\""');
      expect(text(g, 'infra/database.tf'), g.label).toContain('ipv4_enabled    = false');
    }
  });
});
