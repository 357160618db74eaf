/**
 * Azure: Container Registry + Container Apps + Database for PostgreSQL/MySQL flexible server,
 * described in Terraform. Migrations run as a Container Apps job with the new image before the
 * app gets a new revision. The database sits in a delegated subnet with no public endpoint.
 * Terraform rather than Bicep: one IaC language across the three big clouds, and its files can be
 * parsed and checked here without Azure tooling.
 */
import type { CloudDescriptor } from '../types.js';
import { REPOSITORY_FLAG, githubVariablesCommands, pipelineIntro, secretList, sqliteRejected, terraformTools, them, verificationNote } from '../shared.js';

const SUBSCRIPTION_FLAG = '-var "subscription_id=$(az account show --query id --output tsv)"';

export const azure: CloudDescriptor = {
  id: 'azure',
  label: 'Azure',
  hint: 'Container Registry, Container Apps, flexible server; Terraform',
  layers: [{ dir: 'clouds/azure/templates' }],
  incompatible: (a) =>
    sqliteRejected(a, 'Azure Container Apps', 'its replicas keep no disk between revisions, and SQLite is not safe on its network file shares.'),
  readme: (ctx) => {
    const db = ctx.db.label;
    return [
      'Pushes to `main` deploy to **Azure**: the image is pushed to **Azure Container Registry** and runs on',
      `**Azure Container Apps**; the data lives in **Azure Database for ${db} flexible server**, inside the same`,
      'virtual network and without a public endpoint. `infra/` describes all of it in Terraform. **Why',
      'Terraform rather than Bicep:** one language for the AWS, Google Cloud and Azure targets, a plan you',
      'can read before anything changes, and OpenTofu runs it unchanged.',
      '',
      '### What each push to `main` does',
      '',
      pipelineIntro(),
      '',
      '1. Signs in with `azure/login` and GitHub\'s OIDC token, matched by a federated credential on a',
      '   managed identity that trusts only this repository\'s `production` environment. There is no client',
      '   secret anywhere.',
      '2. Builds the image and pushes it to the registry, tagged with the commit SHA.',
      `3. Points the \`migrate\` Container Apps job at that image and runs it (\`${ctx.commands.migrate}\`). If`,
      '   the migrations fail, the job stops; the running revision keeps serving.',
      '4. Updates the app to the new image and waits until the new revision passes its readiness probe',
      '   (`/health/ready`); only then does it take traffic.',
      '',
      '### One-time setup',
      '',
      `You need an Azure subscription, ${terraformTools('the [Azure CLI](https://learn.microsoft.com/cli/azure/install-azure-cli) signed in (`az login`)')}`,
      '',
      '```bash',
      'cd infra',
      'terraform init',
      `terraform apply ${SUBSCRIPTION_FLAG} ${REPOSITORY_FLAG}`,
      ...githubVariablesCommands(),
      'terraform output -raw url    # where the API answers',
      '```',
      '',
      'The first `apply` takes 10 to 20 minutes. If the region refuses the database size, add',
      '`-var location=<another region>`. Then push a commit to `main` (or re-run the latest workflow); until',
      `the first deploy, the URL shows a placeholder page. Nothing secret goes into GitHub: Terraform generates`,
      `${secretList(ctx)} and stores ${them(ctx)} as Container Apps secrets.`,
      ...(ctx.db.postgres
        ? ['The server requires TLS, so `DATABASE_URL` ends in `sslmode=require`.']
        : [
            'TLS is not required between the app and the server: both are inside the virtual network, and',
            'not every MySQL driver reads TLS settings from `DATABASE_URL`.',
          ]),
      '',
      'Terraform keeps its state in `infra/terraform.tfstate` on your machine. It holds the database',
      'password: it is gitignored; keep it safe, or move it to an Azure Storage backend for a team.',
      '',
      '### Cost',
      '',
      'Container Apps scales to zero and its monthly free grant (180,000 vCPU-seconds, 2 million requests)',
      'covers a portfolio API. The Azure free account includes 750 hours a month of a B1ms flexible server',
      'with 32 GB for 12 months; after that it is about $15 a month. Container Registry Basic is about $5 a',
      'month, the private DNS zone $0.50. Set a budget in Cost Management.',
      '',
      '### Tear down',
      '',
      '```bash',
      'cd infra',
      `terraform destroy ${SUBSCRIPTION_FLAG} ${REPOSITORY_FLAG}`,
      '```',
      '',
      'This deletes the resource group with everything in it, including the database and its backups.',
      '',
      verificationNote('`infra/*.tf` parsed, format-checked and checked for references to undeclared variables, resources and outputs'),
    ].join('\n');
  },
};
