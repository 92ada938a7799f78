/** The longest source name the registry takes; the source tool's field stops typing there. No imports: forms load it. */
export const SOURCE_NAME_MAX = 200;
