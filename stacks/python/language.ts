/** What every Python stack shares. */
import type { LanguageFacts } from '../types.js';

export const python: LanguageFacts = {
  id: 'python',
  label: 'Python',
  prompt: 'Python',
  hint: 'the other classic first language',
  version: '3.13',
  minVersion: '3.11',
  runtime: 'Python 3.11+ and [uv](https://docs.astral.sh/uv/)',
  envName: 'APP_ENV',
  pgSslMode: 'require',
  imageHasShell: true,
};
