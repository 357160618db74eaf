/**
 * AWS: ECR + ECS Fargate behind an Application Load Balancer + RDS, described in Terraform.
 *
 * ECS Fargate, not App Runner: the migrations must run once, with the new image, before it takes
 * traffic. ECS runs the new task definition as a one-off task inside the VPC (`aws ecs run-task`)
 * and reports its exit code; App Runner has no one-off tasks (migrations would race on start-up
 * or need the database reachable from GitHub's runners) and is closed to new AWS customers since
 * April 2026. Terraform (not CDK or CloudFormation) because it is the most widely used IaC tool,
 * the same language serves the GCP and Azure targets, and OpenTofu runs it unchanged.
 */
import type { CloudDescriptor } from '../types.js';
import { sqliteRejected } from '../shared.js';

export const aws: CloudDescriptor = {
  id: 'aws',
  label: 'AWS',
  hint: 'ECR, ECS Fargate, RDS; Terraform',
  layers: [{ dir: 'clouds/aws/templates' }],
  incompatible: (a) =>
    sqliteRejected(a, 'AWS', 'ECS Fargate tasks are replaced on every deploy and their disk goes with them.'),
};
