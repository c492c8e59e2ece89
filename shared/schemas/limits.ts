/** Size limits shared by the JSON schemas, the forms and the server's validation. */
export const MAX_ID_LENGTH = 64;
export const MAX_NAME_LENGTH = 200;
export const MAX_LINK_LENGTH = 2048;
export const MAX_EMAIL_LENGTH = 254;
/** Timestamps are ms since epoch; the upper bound is year 2286, well past any real date. */
export const MAX_TIMESTAMP = 9_999_999_999_999;
export const MAX_FOLLOWERS = 10_000_000_000;
/** Views, posts and other platform counters: far beyond any channel, within exact integers. */
export const MAX_COUNT = 1_000_000_000_000_000;
export const MAX_DESCRIPTION_LENGTH = 5_000;
/** A reason shown to people (a refusal, a failed recording). */
export const MAX_REASON_LENGTH = 500;
/** Additional channels per influencer. */
export const MAX_CHANNELS = 20;
/** A BCP 47 language tag ("en", "pt-br", "zh-hant-tw"); 35 is the RFC 5646 practical maximum. */
export const MAX_LANGUAGE_LENGTH = 35;
