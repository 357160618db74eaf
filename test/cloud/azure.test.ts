/** --cloud azure: Container Registry, Container Apps, flexible server in a VNet; Terraform in infra/. */
import { expect, it } from 'vitest';
import { expectInOrder, indexOfStep, stepTexts, text, workflow } from './harness.js';
import { cloudSuite } from './suite.js';
import { terraformChecks } from './terraform.js';

cloudSuite('azure', (state) => {
  terraformChecks('azure', state, [
    'azurerm_container_registry',
    'azurerm_container_app_environment',
    'azurerm_container_app',
    'azurerm_container_app_job',
    'azurerm_federated_identity_credential',
    'azurerm_user_assigned_identity',
  ]);

  it('pushes the image, runs the migration job with it, then updates the app and waits for the revision', () => {
    for (const g of state().generated) {
      const job = workflow(g).jobs.deploy;
      const steps = stepTexts(job);
      const order = [
        /docker\/build-push-action@/,
        /az containerapp job update --name "\$CONTAINER_APP_MIGRATE_JOB"/,
        /az containerapp job start/,
        /az containerapp update --name "\$CONTAINER_APP"/,
      ].map((p) => indexOfStep(steps, p));
      expectInOrder(order, g.label);
      expect(steps[order[2]!], g.label).toMatch(/Succeeded\)/);
      expect(steps[order[3]!], g.label).toMatch(/latestReadyRevisionName/);
      expect(job.env.IMAGE, g.label).toMatch(/:\$\{\{ github\.sha \}\}$/);
      const command = /command = (\[.*\])$/m.exec(text(g, 'infra/app.tf'))?.[1] ?? '[]';
      const shell = g.ctx.lang.imageHasShell ? ['sh', '-c', g.ctx.commands.migrate] : g.ctx.commands.migrate.split(' ');
      expect(JSON.parse(command), g.label).toEqual(shell);
    }
  });

  it("federates only this repository's production environment; the database has no public endpoint", () => {
    for (const g of state().generated) {
      expect(text(g, 'infra/github.tf'), g.label).toContain('subject             = "repo:${var.github_repository}:environment:production"');
      const db = text(g, 'infra/database.tf');
      expect(db, g.label).toContain('delegated_subnet_id');
      if (g.answers.database === 'postgres') {
        expect(db, g.label).toContain('public_network_access_enabled = false');
        expect(db, g.label).toContain('?sslmode=require"');
      }
    }
  });
});
