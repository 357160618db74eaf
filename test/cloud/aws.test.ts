/** --cloud aws: ECR, ECS Fargate behind a load balancer, RDS; Terraform in infra/. */
import { expect, it } from 'vitest';
import { expectInOrder, indexOfStep, stepTexts, text, workflow } from './harness.js';
import { cloudSuite } from './suite.js';
import { terraformChecks } from './terraform.js';

cloudSuite('aws', (state) => {
  terraformChecks('aws', state, [
    'aws_ecr_repository',
    'aws_ecs_cluster',
    'aws_ecs_task_definition',
    'aws_ecs_service',
    'aws_lb',
    'aws_db_instance',
    'aws_iam_openid_connect_provider',
    'aws_iam_role',
  ]);

  it('pushes the image, migrates with the new task definition, then switches the service and checks it', () => {
    for (const g of state().generated) {
      const job = workflow(g).jobs.deploy;
      const steps = stepTexts(job);
      const order = [/docker\/build-push-action@/, /aws ecs register-task-definition/, /aws ecs run-task/, /aws ecs update-service/].map((p) =>
        indexOfStep(steps, p),
      );
      expectInOrder(order, g.label);
      expect(job.env.MIGRATE_COMMAND, g.label).toBe(g.ctx.commands.migrate);
      const migrate = steps[order[2]!]!;
      expect(migrate, g.label).toMatch(/MIGRATE_COMMAND/);
      expect(migrate, g.label).toMatch(/aws ecs wait tasks-stopped/);
      expect(migrate, g.label).toMatch(/exitCode/);
      const deploy = steps[order[3]!]!;
      expect(deploy, g.label).toMatch(/aws ecs wait services-stable/);
      expect(deploy, g.label).toMatch(/status=='PRIMARY'/);
      // The container the workflow edits and overrides is the one Terraform defines.
      expect(text(g, 'infra/app.tf'), g.label).toMatch(/^ {4}name +=\s"app"$/m);
      expect(steps.join('\n'), g.label).toMatch(/\.name == "app"/);
    }
  });

  it("trusts only this repository's production environment, and encrypts PostgreSQL connections", () => {
    for (const g of state().generated) {
      const github = text(g, 'infra/github.tf');
      expect(github, g.label).toContain('"repo:${var.github_repository}:environment:production"');
      expect(github, g.label).toContain('"sts.amazonaws.com"');
      const db = text(g, 'infra/database.tf');
      if (g.answers.database === 'postgres') {
        expect(db, g.label).toContain(g.ctx.language === 'typescript' ? '?sslmode=no-verify"' : '?sslmode=require"');
      } else expect(db, g.label).not.toContain('sslmode');
    }
  });
});
