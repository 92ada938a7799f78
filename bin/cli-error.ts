/** An error the user caused and can fix; printed as one sentence with exit code 2. */
export class CliError extends Error {}
