/** How long a token's name may be: the schema refuses more and the form stops typing there. No imports: the browser loads this. */
export const TOKEN_NAME_MAX = 80;
