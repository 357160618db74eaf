/**
 * Render: a Blueprint (render.yaml, Render's own infrastructure as code) creates a Docker web
 * service and a Render PostgreSQL database; migrations are the service's pre-deploy command.
 * Render builds the image from the repository, so the deploy job asks Render's API to deploy the
 * exact commit that passed CI (not "the branch head", which may be untested) and waits for it.
 * SQLite is rejected (Render's disks are paid, one instance only, and not mounted in pre-deploy
 * commands), and so is MySQL (Render has no managed MySQL).
 */
import type { CloudDescriptor } from '../types.js';
import { mysqlRejected, pipelineIntro, secretList, sqliteRejected, verificationNote } from '../shared.js';

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
  readme: (ctx) =>
    [
      'Pushes to `main` deploy to **[Render](https://render.com)**, the beginner-friendly route: `render.yaml`',
      "is a Blueprint (Render's own infrastructure as code) that creates the web service, built from this",
      "repository's `Dockerfile`, and a **Render PostgreSQL** database that only your Render services can reach.",
      '',
      '### What each push to `main` does',
      '',
      pipelineIntro(),
      '',
      '1. Asks Render\'s API to deploy this exact commit (Render\'s own auto-deploy is off, so an untested',
      '   commit never goes out). Render has no OIDC federation for GitHub, so the job uses an API key.',
      `2. Render builds the image from that commit and runs the pre-deploy command (\`${ctx.commands.migrate}\`)`,
      '   with it. If the migrations fail, the deploy stops and the running version keeps serving.',
      '3. Render switches traffic once `/health/ready` answers; the job waits and fails if the deploy does.',
      '',
      '### One-time setup',
      '',
      'You need a Render account with a payment method, the [GitHub CLI](https://cli.github.com/) signed in, and',
      'this repository pushed to GitHub.',
      '',
      '1. In the Render dashboard: **New > Blueprint**, connect this repository and apply `render.yaml`. It',
      `   creates \`${ctx.projectName}\` and \`${ctx.projectName}-db\`` +
        (ctx.auth.secretEnv ? ` and generates a random \`${ctx.auth.secretEnv}\`` : '') + '.',
      '2. Copy the service id (`srv-...`, in the service\'s URL and Settings) and create an API key',
      '   (Account Settings > API Keys). Then:',
      '',
      '```bash',
      'gh api --method PUT "repos/{owner}/{repo}/environments/production" --silent    # creates the environment',
      'gh variable set RENDER_SERVICE_ID --body srv-...',
      'gh secret set RENDER_API_KEY --env production    # paste the key when asked',
      '```',
      '',
      'The first deploy happens when the Blueprint is applied; after that, every push to `main` that passes CI.',
      `${secretList(ctx)} ${ctx.auth.secretEnv ? 'are' : 'is'} set by Render and never leave${ctx.auth.secretEnv ? '' : 's'} it. A Render API key can manage every service in`,
      'the account: keep it in the `production` environment (as above), and revoke it when you are done.',
      '',
      '### Cost',
      '',
      'Pre-deploy commands need a paid instance: the starter web service is $7 a month and the basic-256mb',
      'database about $6. The free plans would work only with the migrations moved into the start command',
      'and a free database that expires after 30 days, so they are not used here.',
      '',
      '### Tear down',
      '',
      'In the Render dashboard, delete the Blueprint with its resources (or the service and the database:',
      'this deletes the data), then `gh secret delete RENDER_API_KEY --env production`',
      'and `gh variable delete RENDER_SERVICE_ID`.',
      '',
      verificationNote('`render.yaml` parsed and checked for the fields this deploy relies on (Render\'s published schema could not be fetched from here)'),
    ].join('\n'),
};
