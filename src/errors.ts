/** An error meant for the user: printed as one readable message, never with a stack. */
export class UserError extends Error {
  constructor(
    message: string,
    /** 2 = the command line or config is wrong; 1 = it could not be carried out. */
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** Ctrl-C at a prompt. */
export class Cancelled extends Error {
  readonly exitCode = 130;
  constructor() {
    super('Cancelled');
    this.name = 'Cancelled';
  }
}
