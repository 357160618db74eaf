/** One choice of an option. `experimental` choices are hidden unless --experimental is given. */
export interface Choice {
  value: string;
  label: string;
  hint?: string;
  experimental?: boolean;
}

/** Everything about one option lives in one object: flag, prompt, choices, default, help. */
export interface ChoiceOption {
  kind: 'choice';
  key: AnswerKey;
  flag: string;
  /** Shown in --help and as the prompt message. */
  message: string;
  /** The choices valid given the answers so far (e.g. frameworks of the chosen language). */
  choices: (answers: Partial<Answers>) => Choice[];
  default: (answers: Partial<Answers>) => string;
  /** Choices `choices` leaves out for the answers so far, each with why (the prompt shows them, disabled). */
  unavailable?: (answers: Partial<Answers>) => Array<Choice & { reason: string }>;
  /** When false the question is not asked (the default is taken silently). */
  ask?: (answers: Partial<Answers>) => boolean;
}

export interface BooleanOption {
  kind: 'boolean';
  key: 'git' | 'install';
  flag: string;
  message: string;
  default: boolean;
}

export type OptionDef = ChoiceOption | BooleanOption;

export interface Answers {
  name: string;
  language: string;
  framework: string;
  database: string;
  auth: string;
  cloud: string;
  packageManager: string;
  git: boolean;
  install: boolean;
}

export type AnswerKey = Exclude<keyof Answers, 'name' | 'git' | 'install'>;
