import type { CloudDescriptor } from './types.js';

export const none: CloudDescriptor = {
  id: 'none',
  label: 'None for now',
  hint: 'the README says how to add one later',
  layers: [{ dir: 'cloud-none' }],
  readme: (ctx) =>
    [
      'No cloud target was chosen, so the pipeline tests and builds the image but deploys nothing. The image',
      `runs anywhere that runs containers: give it \`DATABASE_URL\`${ctx.secretEnv ? `, \`${ctx.secretEnv}\`` : ''} and \`PORT\`,`,
      `run \`${ctx.commands.migrate}\` once per release before the new version takes traffic, and point the`,
      "platform's health check at `/health`. To add a target later, regenerate with the same answers plus a",
      'cloud (see `.backend-roadmap.json` for the exact command) and copy over the deploy files.',
    ].join('\n'),
};
