/**
 * Fly.io: the image is pushed to Fly's registry and deployed by flyctl as described in fly.toml,
 * which is Fly's own infrastructure-as-code. PostgreSQL is Fly Managed Postgres, attached with
 * one command; migrations are the release command. SQLite is supported on a Fly volume: one
 * machine, migrations run on it before the server starts (release machines get no volume).
 * MySQL is rejected: Fly has no managed MySQL.
 */
import type { CloudDescriptor } from '../types.js';
import { mysqlRejected, pipelineIntro, verificationNote } from '../shared.js';

export const fly: CloudDescriptor = {
  id: 'fly',
  label: 'Fly.io',
  hint: 'fly.toml, Managed Postgres or SQLite on a volume; beginner-friendly',
  layers: [{ dir: 'clouds/fly/templates' }],
  incompatible: (a) => mysqlRejected(a, 'Fly.io'),
  readme: (ctx) => {
    const sqlite = ctx.db.sqlite;
    const secret = ctx.auth.secretEnv;
    return [
      'Pushes to `main` deploy to **[Fly.io](https://fly.io)**, the beginner-friendly route: one config file,',
      '`fly.toml` (Fly\'s own infrastructure as code: the app, its health check, its VM size' +
        (sqlite ? ', its volume' : '') + '), and a few `fly` commands once.',
      sqlite
        ? 'The SQLite file lives on a **Fly volume** mounted at `/app/data`, so it survives deploys and restarts.'
        : 'The database is **[Fly Managed Postgres](https://fly.io/docs/mpg/)**: backups, failover and connection pooling included.',
      '',
      '### What each push to `main` does',
      '',
      pipelineIntro(),
      '',
      '1. Builds the image and pushes it to Fly\'s registry (`registry.fly.io/<app>:<commit SHA>`). Fly has',
      '   no OIDC federation for GitHub, so the job uses a deploy token that can touch this one app only.',
      ...(sqlite
        ? [
            '2. `flyctl deploy` replaces the machine. Before its server starts, the machine runs',
            `   \`${ctx.commands.migrate}\` against the file on the volume (the \`[processes]\` line in \`fly.toml\`),`,
            '   and Fly routes traffic to it only once `/health/ready` passes. A volume belongs to one machine,',
            '   so a deploy has a few seconds of downtime; that is the price of SQLite.',
          ]
        : [
            `2. \`flyctl deploy\` first runs the release command (\`${ctx.commands.migrate}\`) on a temporary machine`,
            '   with the new image. If it fails, nothing is deployed. Then machines are replaced one by one, each',
            '   taking traffic once `/health/ready` passes.',
          ]),
      '',
      '### One-time setup',
      '',
      'You need a Fly.io account with a payment method, [flyctl](https://fly.io/docs/flyctl/install/) signed',
      'in (`fly auth login`), the [GitHub CLI](https://cli.github.com/) signed in, and this repository pushed to',
      `GitHub. App names are global: if \`${ctx.projectName}\` is taken (or has characters other than lowercase`,
      'letters, digits and dashes), pick another and change `app` in `fly.toml` to match.',
      '',
      '```bash',
      'fly apps create ' + ctx.projectName,
      ...(sqlite
        ? ['fly volumes create data --size 1 --region iad --app ' + ctx.projectName + ' --yes']
        : [
            'fly mpg create --name ' + ctx.projectName + '-db --region iad    # note the cluster id it prints',
            'fly mpg attach <cluster-id> --app ' + ctx.projectName + '    # sets the DATABASE_URL secret',
          ]),
      ...(secret ? [`fly secrets set ${secret}="$(openssl rand -hex 32)" --app ${ctx.projectName} --stage`] : []),
      `fly tokens create deploy --app ${ctx.projectName} | gh secret set FLY_API_TOKEN`,
      '```',
      '',
      'Then push a commit to `main` (or re-run the latest workflow). The API answers at',
      `\`https://${ctx.projectName}.fly.dev\`.` + (sqlite ? ' Keep a single machine (`fly scale count 1`): a second one would get a second, empty volume.' : ''),
      '',
      '### Cost',
      '',
      'Fly.io bills by usage and has no free allowance for new organizations; machines stop when idle',
      '(`auto_stop_machines`), so a quiet API costs cents.' +
        (sqlite
          ? ' A 1 GB volume is about $0.15 a month.'
          : ' Managed Postgres is billed by plan: the smallest is the bulk of the bill (see fly.io/docs/mpg for current prices).'),
      '',
      '### Tear down',
      '',
      '```bash',
      ...(sqlite ? [] : ['fly mpg destroy <cluster-id>    # deletes the database and its backups']),
      `fly apps destroy ${ctx.projectName}` + (sqlite ? '    # also deletes the volume and the data on it' : ''),
      'gh secret delete FLY_API_TOKEN',
      '```',
      '',
      verificationNote('`fly.toml` parsed and checked against the keys flyctl reads (no published schema is current enough to validate it)'),
    ].join('\n');
  },
};
