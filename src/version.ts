/** This package's version, as in package.json (a node test keeps the two equal). */
export const VERSION = '0.1.0';
