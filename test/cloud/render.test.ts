/** --cloud render: a render.yaml Blueprint with Render Postgres; no SQLite, no MySQL. */
import { parse as parseYaml } from 'yaml';
import { expect, it } from 'vitest';
import { indexOfStep, stepTexts, text, workflow, type Yaml } from './harness.js';
import { cloudSuite } from './suite.js';

/**
 * Fields of a Blueprint service and database (render.com/docs/blueprint-spec). Render's JSON
 * schema (render.com/schema/render.yaml.json) is not in any registry reachable from CI, so the
 * file is checked against these lists and against the values the deploy relies on.
 */
const SERVICE_KEYS = new Set([
  'type',
  'name',
  'runtime',
  'plan',
  'region',
  'repo',
  'branch',
  'rootDir',
  'dockerfilePath',
  'dockerContext',
  'dockerCommand',
  'buildCommand',
  'startCommand',
  'preDeployCommand',
  'healthCheckPath',
  'autoDeploy',
  'autoDeployTrigger',
  'envVars',
  'numInstances',
  'scaling',
  'disk',
  'buildFilter',
  'domains',
  'previews',
  'maxShutdownDelaySeconds',
  'image',
  'registryCredential',
  'ipAllowList',
  'schedule',
]);
const DATABASE_KEYS = new Set([
  'name',
  'databaseName',
  'user',
  'plan',
  'region',
  'postgresMajorVersion',
  'ipAllowList',
  'diskSizeGB',
  'highAvailability',
  'readReplicas',
  'previewPlan',
]);
const WEB_PLANS = new Set(['starter', 'standard', 'pro', 'pro plus', 'pro max', 'pro ultra']);
const DB_PLANS = new Set(['basic-256mb', 'basic-1gb', 'basic-4gb', 'pro-4gb', 'pro-8gb']);

cloudSuite('render', (state) => {
  it('writes a Blueprint with the web service, its pre-deploy migrations and a private database', () => {
    for (const g of state().generated) {
      const blueprint = parseYaml(text(g, 'render.yaml')) as Yaml;
      expect(Object.keys(blueprint).sort(), g.label).toEqual(['databases', 'services']);
      expect(blueprint.services, g.label).toHaveLength(1);
      const [web] = blueprint.services;
      for (const key of Object.keys(web)) expect(SERVICE_KEYS, `${g.label}: services[0].${key}`).toContain(key);
      expect(web.type, g.label).toBe('web');
      expect(web.runtime, g.label).toBe('docker');
      expect(g.files.has(web.dockerfilePath.replace(/^\.\//, '')), g.label).toBe(true);
      expect(WEB_PLANS, `${g.label}: pre-deploy commands need a paid plan`).toContain(web.plan);
      expect(web.branch, g.label).toBe('main');
      // A string: YAML 1.1 readers would turn a bare off into false.
      expect(web.autoDeployTrigger, g.label).toBe('off');
      expect(text(g, 'render.yaml'), g.label).toContain('autoDeployTrigger: "off"');
      expect(web.preDeployCommand, g.label).toBe(g.ctx.commands.migrate);
      expect(web.healthCheckPath, g.label).toBe('/health/ready');
      const env = new Map<string, Yaml>((web.envVars as Yaml[]).map((e) => [e.key, e]));
      expect(env.get('PORT')?.value, g.label).toBe('3000');
      const [db] = blueprint.databases;
      for (const key of Object.keys(db)) expect(DATABASE_KEYS, `${g.label}: databases[0].${key}`).toContain(key);
      expect(env.get('DATABASE_URL')?.fromDatabase, g.label).toEqual({ name: db.name, property: 'connectionString' });
      if (g.ctx.auth.secretEnv) expect(env.get(g.ctx.auth.secretEnv)?.generateValue, g.label).toBe(true);
      expect(env.size, g.label).toBe(g.ctx.auth.secretEnv ? 3 : 2);
      expect(db.databaseName, g.label).toBe(g.ctx.dbName);
      expect(DB_PLANS, g.label).toContain(db.plan);
      expect(db.ipAllowList, `${g.label}: no access from the internet`).toEqual([]);
      expect(db.region, g.label).toBe(web.region);
    }
  });

  it('deploys the commit that passed CI through the API and waits for its outcome', () => {
    for (const g of state().generated) {
      const steps = stepTexts(workflow(g).jobs.deploy);
      expect(steps, g.label).toHaveLength(1);
      const at = indexOfStep(steps, /commitId\\": \\"\$GITHUB_SHA\\"/);
      expect(at, g.label).toBe(0);
      for (const status of ['live', 'build_failed', 'update_failed', 'pre_deploy_failed', 'canceled'])
        expect(steps[0], `${g.label} ${status}`).toContain(status);
    }
  });
});
