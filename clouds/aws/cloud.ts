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
import { REPOSITORY_FLAG, githubVariablesCommands, pipelineIntro, secretList, sqliteRejected, terraformTools, them, verificationNote } from '../shared.js';

export const aws: CloudDescriptor = {
  id: 'aws',
  label: 'AWS',
  hint: 'ECR, ECS Fargate, RDS; Terraform',
  layers: [{ dir: 'clouds/aws/templates' }],
  incompatible: (a) =>
    sqliteRejected(a, 'AWS', 'ECS Fargate tasks are replaced on every deploy and their disk goes with them.'),
  readme: (ctx) => {
    const db = ctx.db.label;
    return [
      `Pushes to \`main\` deploy to **AWS**: the image is pushed to **Amazon ECR** and runs on **ECS Fargate**`,
      `behind an Application Load Balancer; the data lives in **Amazon RDS for ${db}** in private subnets that`,
      'only the app can reach. `infra/` describes all of it in Terraform.',
      '',
      '**Why ECS Fargate rather than App Runner:** the migrations must run once, with the new image, before',
      'it takes traffic. ECS can start the new task definition as a one-off task next to the database',
      '(`aws ecs run-task`), wait for it and read its exit code. App Runner has no one-off tasks, and AWS',
      'stopped offering it to new customers in April 2026. **Why Terraform:** it is the most widely used',
      'infrastructure-as-code tool, the same language describes the GCP and Azure targets, and OpenTofu runs',
      'it unchanged.',
      '',
      '### What each push to `main` does',
      '',
      pipelineIntro(),
      '',
      '1. Signs in to AWS with GitHub\'s OIDC token: an IAM role trusts this repository\'s `production`',
      '   environment only. There are no AWS keys in GitHub.',
      '2. Builds the image and pushes it to ECR, tagged with the commit SHA.',
      '3. Registers a new task definition revision with that image and runs',
      `   \`${ctx.commands.migrate}\` in it as a one-off Fargate task. If the migrations fail, the job stops`,
      '   and prints their log; the running version keeps serving.',
      '4. Points the service at the new revision and waits until the load balancer finds it healthy',
      '   (`/health/ready`). If it never does, the deployment circuit breaker rolls back and the job fails.',
      '',
      '### One-time setup',
      '',
      `You need an AWS account, ${terraformTools('the [AWS CLI](https://aws.amazon.com/cli/) signed in with an administrator profile')}`,
      '',
      '```bash',
      'cd infra',
      'terraform init',
      `terraform apply ${REPOSITORY_FLAG}`,
      ...githubVariablesCommands(),
      'terraform output -raw url    # where the API will answer',
      '```',
      '',
      'Then push a commit to `main` (or re-run the latest workflow): the first deploy starts the service.',
      `Nothing secret goes into GitHub: Terraform generates ${secretList(ctx)}, stores ${them(ctx)} in SSM`,
      `Parameter Store as SecureStrings and ECS injects ${them(ctx)} into the container. If your AWS account already`,
      'has a GitHub OIDC provider, add `-var create_github_oidc_provider=false`. The API answers on plain',
      'HTTP at the load balancer\'s address; for HTTPS, add a domain, an ACM certificate and a 443 listener.',
      ...(ctx.db.postgres
        ? [
            '',
            'RDS for PostgreSQL accepts only encrypted connections, so `DATABASE_URL` asks for TLS',
            `(\`sslmode=${ctx.lang.pgSslMode}\`: encrypted, without checking Amazon's certificate authority, which is not in`,
            "the image's trust store). Only the app's security group can reach the database.",
          ]
        : []),
      '',
      'Terraform keeps its state in `infra/terraform.tfstate` on your machine. It holds the database',
      'password: it is gitignored; keep it safe, or move it to an S3 backend when you work in a team.',
      'Changes to the task definition in `infra/` reach the service with the next deploy, which copies the',
      'latest revision and swaps in the new image.',
      '',
      '### Cost',
      '',
      'Not free. At us-east-1 list prices, running all month: Fargate with 0.25 vCPU and 0.5 GB about $9,',
      `the load balancer about $16 plus traffic, RDS db.t4g.micro with 20 GB about $14, public IPv4`,
      'addresses about $11: roughly **$50 a month**. New AWS accounts get Free Tier credits that cover the',
      'first months. Set a budget alert in the Billing console, and tear it down when you are done.',
      '',
      '### Tear down',
      '',
      '```bash',
      'cd infra',
      `terraform destroy ${REPOSITORY_FLAG}`,
      '```',
      '',
      'This deletes everything, including the database without a final snapshot and every image in ECR.',
      'Remove the repository variables with `gh variable delete NAME` if you keep the repository.',
      '',
      verificationNote('`infra/*.tf` parsed, format-checked and checked for references to undeclared variables, resources and outputs'),
    ].join('\n');
  },
};
