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
  probe: 'uv --version',
  pgSslMode: 'require',
  toolchain: {
    runtime: {
      label: 'Python',
      command: ['python3', '--version'],
      install: 'install Python 3.13 from https://www.python.org/downloads/ (or `uv python install 3.13`)',
    },
    runtimeFromTool: 'uv downloads a Python that fits requires-python on the first `uv sync`',
    tool: {
      label: 'uv',
      command: ['uv', '--version'],
      install: 'curl -LsSf https://astral.sh/uv/install.sh | sh (Windows: https://docs.astral.sh/uv/getting-started/installation/)',
    },
    // `pip install --group dev` (PEP 735 dependency groups) needs pip 25.1.
    fallback: {
      label: 'pip',
      command: ['python3', '-m', 'pip', '--version'],
      min: '25.1',
      install: 'python3 -m pip install --upgrade pip',
      route: "the README's pip route",
    },
  },
};
