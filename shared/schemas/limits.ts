/** Size limits shared by the JSON schemas, the forms and the server's validation. */
export const MAX_ID_LENGTH = 64;
export const MAX_NAME_LENGTH = 200;
export const MAX_LINK_LENGTH = 2048;
export const MAX_EMAIL_LENGTH = 254;
/** Timestamps are ms since epoch; the upper bound is year 2286, well past any real date. */
export const MAX_TIMESTAMP = 9_999_999_999_999;
export const MAX_FOLLOWERS = 10_000_000_000;
