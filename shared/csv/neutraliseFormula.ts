// What a spreadsheet takes for the start of a formula, directly or after leading whitespace.
const FORMULA_START = /^[=+\-@\t\r]|^\s*[=+\-@]/;
// A plain decimal number ("-12", "+3.5", "-0.25e3"): a spreadsheet reads it as that number,
// and no formula can hide in digits.
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
/** An apostrophe (or several) before a formula start: how neutraliseFormula writes it. */
const NEUTRALISED = /^'+(?:[=+\-@\t\r]|\s*[=+\-@])/;

/**
 * Makes a text cell safe to open in a spreadsheet (CSV formula injection, OWASP): a value
 * that starts with =, +, -, @, a tab or a carriage return (or =, +, -, @ after spaces) gets
 * a leading apostrophe, so `=HYPERLINK("http://evil", "x")` shows as text instead of running.
 *
 * Decision: a value that is exactly a plain number ("-12", "+3.5") is left alone. It cannot
 * be a formula, and an apostrophe would turn a follower count or a balance into text in the
 * sheet. Numbers passed as numbers (not strings) never reach this function.
 */
export function neutraliseFormula(value: string): string {
  // A value that already looks neutralised ("'=x" as typed) gets an apostrophe too, so
  // restoring gives back exactly what was written.
  if (NEUTRALISED.test(value)) return `'${value}`;
  if (!FORMULA_START.test(value) || PLAIN_NUMBER.test(value)) return value;
  return `'${value}`;
}

/**
 * Undoes neutraliseFormula on a value read back from a file this app wrote (the rejected
 * rows of an import, fixed and imported again), so "'=cool" comes back as "=cool".
 */
export function restoreNeutralisedFormula(value: string): string {
  return NEUTRALISED.test(value) ? value.slice(1) : value;
}
