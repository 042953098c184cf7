/**
 * Who a "create next 1:1" (or "add topic") request means, and the text of a new
 * person note when there is none yet.
 */
import type { CreateContext, CreateRequest } from '../next-note/create-next-note';
import { unresolvedKey } from '../meetings/meeting-record';
import { basename } from '../shared/links';
import { personNotePath } from '../shared/paths';
import { err, ok, type Result } from '../shared/result';

/** The text of a new person note. */
export const PERSON_NOTE = `---
relationship: other
cadence:
career-cadence:
email:
---
## Goals

## Development plan

## Topics for next time
`;

export interface PersonChoice {
  key: string;
  name: string;
  path: string;
  exists: boolean;
}

/**
 * Who a request means: a known person's key, a person note, or a name (known, the
 * name of a note, or new). Also used to find the person for topics added from anywhere.
 */
export function choosePerson(
  ctx: CreateContext,
  req: Pick<CreateRequest, 'person'>,
): Result<PersonChoice> {
  const { index, port, config } = ctx;
  if ('key' in req.person) {
    const entry = index.person(req.person.key);
    if (!entry) return err(`Unknown person ${req.person.key}`);
    const path =
      entry.personPath ?? port.resolveLink(entry.meetings[0]!.personLink, entry.meetings[0]!.path);
    return ok({
      key: entry.key,
      name: entry.name,
      path: path ?? personNotePath(config.folder, entry.name),
      exists: path !== null,
    });
  }
  if ('personPath' in req.person) {
    const path = req.person.personPath;
    if (index.person(path)) return choosePerson(ctx, { ...req, person: { key: path } });
    if (!port.exists(path)) return err(`The person note ${path} does not exist`);
    return ok({ key: path, name: basename(path), path, exists: true });
  }
  const name = req.person.name.trim();
  if (!name) return err('The person name is empty');
  const keys = index.findPeopleByName(name);
  if (keys.length > 1) {
    const paths = keys.map((k) => index.person(k)?.personPath ?? k).join(', ');
    return err(`"${name}" matches more than one person (${paths}); use the person note's path`);
  }
  if (keys.length === 1) return choosePerson(ctx, { ...req, person: { key: keys[0]! } });
  const existing = port.resolveLink(name, '');
  // A note the name links to: the person is that note (its name, not the text typed).
  if (existing) return choosePerson(ctx, { ...req, person: { personPath: existing } });
  // A person note made earlier for this name (say by "Add topic"), whose file name had
  // to differ from the name: that note is the person.
  const planned = personNotePath(config.folder, name);
  if (port.exists(planned)) return ok({ key: planned, name, path: planned, exists: true });
  return ok({ key: unresolvedKey(name), name, path: planned, exists: false });
}
