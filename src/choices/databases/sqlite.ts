import type { DatabaseDescriptor } from './types.js';

export const sqlite: DatabaseDescriptor = {
  id: 'sqlite',
  label: 'SQLite',
  hint: 'a file, no server; local development',
  urls: () => ({
    localUrl: 'sqlite:///data/app.db',
    composeUrl: 'sqlite:////app/data/app.db',
    ciUrl: 'sqlite:///data/test.db',
  }),
};
