// The decorators live in platform (identity's own features import them from below); this path
// keeps the imports other domains already have.
export * from '../../platform/decorators';
