/** The saved-outlines library: types, validation, migrations, reader and single writer. */
export * from './types';
export * from './validate';
export * from './migrations';
export * from './library-store';
