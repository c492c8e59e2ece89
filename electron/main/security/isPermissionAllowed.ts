/**
 * The renderer needs no camera, location, notifications or the like; copying to the
 * clipboard (emails, channel links) is the one permission it uses. Everything else is
 * refused, for requests and for checks alike.
 */
export function isPermissionAllowed(permission: string): boolean {
  return permission === 'clipboard-sanitized-write';
}
