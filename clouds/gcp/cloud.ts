/**
 * Google Cloud: Artifact Registry + Cloud Run + Cloud SQL (private IP), described in Terraform.
 * Migrations run as a Cloud Run job with the new image before the service gets a new revision.
 * Cloud SQL has no public IP: Cloud Run reaches it through Direct VPC egress, so DATABASE_URL is
 * a plain host:port URL every stack's driver understands (no Unix socket, no proxy sidecar).
 */
import type { CloudDescriptor } from '../types.js';
import { REPOSITORY_FLAG, githubVariablesCommands, pipelineIntro, secretList, sqliteRejected, terraformTools, them, verificationNote } from '../shared.js';

const PROJECT_FLAG = '-var "project_id=$PROJECT_ID"';

export const gcp: CloudDescriptor = {
  id: 'gcp',
  label: 'Google Cloud',
  hint: 'Artifact Registry, Cloud Run, Cloud SQL; Terraform',
  layers: [{ dir: 'clouds/gcp/templates' }],
  incompatible: (a) =>
    sqliteRejected(a, 'Google Cloud Run', 'its containers keep no disk between instances or deploys.'),
  readme: (ctx) => {
    const db = ctx.db.label;
    return [
      'Pushes to `main` deploy to **Google Cloud**: the image is pushed to **Artifact Registry** and runs on',
      `**Cloud Run**; the data lives in **Cloud SQL for ${db}**, which has a private IP only: Cloud Run reaches`,
      'it through Direct VPC egress. `infra/` describes all of it in Terraform (the most widely used',
      'infrastructure-as-code tool; the same language describes the AWS and Azure targets, and OpenTofu runs',
      'it unchanged).',
      '',
      '### What each push to `main` does',
      '',
      pipelineIntro(),
      '',
      '1. Signs in through Workload Identity Federation: GitHub\'s OIDC token is exchanged for a short-lived',
      '   token of a deployer service account that only this repository\'s `production` environment may use.',
      '   There is no service account key anywhere.',
      '2. Builds the image and pushes it to Artifact Registry, tagged with the commit SHA.',
      `3. Points the \`migrate\` Cloud Run job at that image and runs it (\`${ctx.commands.migrate}\`). If the`,
      '   migrations fail, the job stops; the running revision keeps serving.',
      '4. Deploys a new revision of the service. Cloud Run sends it traffic only once its startup probe',
      '   (`/health/ready`) passes, then the job checks `/health` on the public URL.',
      '',
      '### One-time setup',
      '',
      `You need a Google Cloud project with billing enabled (a new one is easiest to tear down), ${terraformTools('the [gcloud CLI](https://cloud.google.com/sdk/docs/install) signed in (`gcloud auth login` and `gcloud auth application-default login`)')}`,
      '',
      '```bash',
      'PROJECT_ID=your-project-id',
      'cd infra',
      'terraform init',
      `terraform apply ${PROJECT_FLAG} ${REPOSITORY_FLAG}`,
      ...githubVariablesCommands(),
      'terraform output -raw url    # where the API answers',
      '```',
      '',
      'The first `apply` enables the APIs it needs and takes 10 to 15 minutes (Cloud SQL is slow to create).',
      'Then push a commit to `main` (or re-run the latest workflow). Until the first deploy, the URL shows',
      `Google's placeholder page. Nothing secret goes into GitHub: Terraform generates ${secretList(ctx)} and`,
      `stores ${them(ctx)} in Secret Manager, readable only by the service account the app runs as.`,
      '',
      'Terraform keeps its state in `infra/terraform.tfstate` on your machine. It holds the database',
      'password: it is gitignored; keep it safe, or move it to a GCS backend when you work in a team.',
      '',
      '### Cost',
      '',
      'Cloud Run scales to zero and its free tier (2 million requests and 180,000 vCPU-seconds a month)',
      'covers a portfolio API. Cloud SQL is not free: db-f1-micro with 10 GB SSD is about $10 a month. New',
      'Google Cloud accounts get $300 of credit for 90 days. Artifact Registry keeps the 10 latest images,',
      'inside its free 0.5 GB. Set a budget alert in Billing.',
      '',
      '### Tear down',
      '',
      '```bash',
      'cd infra',
      `terraform destroy ${PROJECT_FLAG} ${REPOSITORY_FLAG}`,
      '```',
      '',
      'This deletes the database and its backups. If the network fails to delete because the database',
      'connection is still being released, wait a few minutes and run it again; deleting the whole project',
      '(`gcloud projects delete $PROJECT_ID`) also removes everything. A deleted workload identity pool keeps',
      'its name for 30 days: to apply again sooner, pass a different `-var app_name=...`.',
      '',
      verificationNote('`infra/*.tf` parsed, format-checked and checked for references to undeclared variables, resources and outputs'),
    ].join('\n');
  },
};
