/** The output formats of --format (a module of its own: the option parser needs the list, not the renderers). */
export const OUTPUT_FORMATS = ['json', 'text', 'tree', 'csv', 'summary'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
