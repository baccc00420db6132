/**
 * What no answer may show (issue 14): SQL or a driver's words, a stack frame, a file path.
 * Case-sensitive on purpose: SQL keywords are written in capitals, people's words are not.
 */
export const LEAK = new RegExp(
  [
    'QueryFailedError',
    'TypeORMError',
    '\\bSELECT\\b',
    '\\bINSERT INTO\\b',
    '\\bUPDATE \\S+ SET\\b',
    '\\bDELETE FROM\\b',
    'relation "',
    'syntax error at or near',
    'violates [\\w ]*constraint',
    'duplicate key',
    'invalid input syntax for type',
    '\\bat [\\w$.<>]+ \\(',
    '\\n\\s+at ',
    'node_modules',
    '/work/',
    '/src/',
    '\\.[jt]s:\\d+',
    'stacktrace',
  ].join('|'),
);
