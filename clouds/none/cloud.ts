import type { CloudDescriptor } from '../types.js';

export const none: CloudDescriptor = {
  id: 'none',
  label: 'None for now',
  hint: 'the README says how to add one later',
  layers: [{ dir: 'clouds/none/templates' }],
  readme: (ctx) =>
    [
      'No cloud target was chosen, so the pipeline tests and builds the image but deploys nothing. The image',
      `runs anywhere that runs containers: give it \`DATABASE_URL\`${ctx.auth.secretEnv ? `, \`${ctx.auth.secretEnv}\`` : ''} and \`PORT\`,`,
      `run \`${ctx.commands.migrate}\` once per release before the new version takes traffic, and point the`,
      "platform's health check at `/health/ready` (liveness: `/health`).",
      '',
      'To add a target later, generate a scratch copy with the same answers and a cloud, then copy its deploy',
      'files into this repository: the `deploy` job at the end of `.github/workflows/ci.yml`, the `infra/`',
      'folder (AWS, Google Cloud, Azure) or `fly.toml` / `render.yaml`, and the "Deploying" section of its',
      'README, which walks through the one-time setup. `.backend-roadmap.json` holds the command that',
      'reproduces this project: replace its `--cloud none` with `--cloud aws`, `gcp`, `azure`, `fly` or `render`.',
    ].join('\n'),
};
