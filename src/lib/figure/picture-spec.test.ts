import { describe, expect, it } from 'vitest';
import { techniqueSchema } from '../../schemas';
import { knownIdsOnDisk, readMdxFolder } from '../content-files';

const schema = techniqueSchema(knownIdsOnDisk());
const file = readMdxFolder('techniques').find((each) => each.id === 'shoulder-tennis-ball-wall');
if (!file) throw new Error('content/techniques/shoulder-tennis-ball-wall.mdx is the fixture of this test');

/** The issues the schema raises when the picture block has `change` applied, as "path: message". */
function issues(change: Record<string, unknown>): string[] {
  const picture = { ...(file?.frontmatter['picture'] as object), ...change };
  const result = schema.safeParse({ ...file?.frontmatter, picture });
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('the picture block of a technique', () => {
  it('accepts the real file', () => {
    expect(issues({})).toEqual([]);
  });

  it('names the field and the choices when a value is wrong', () => {
    const [problem] = issues({ tool: 'tenis-ball' });
    expect(problem).toMatch(/^picture\.tool: /);
    expect(problem).toContain('tennis-ball');
  });

  it('rejects an unknown landmark, in the close-up line too', () => {
    expect(issues({ contact: 'elbow-pit' })[0]).toMatch(/^picture\.contact: /);
    expect(issues({ line: ['upper-back', 'nowhere'] })[0]).toMatch(/^picture\.line\.1: /);
  });

  it('rejects a view the pose is not drawn from', () => {
    expect(issues({ view: 'front' })).toEqual([
      'picture.view: Pose "standing-wall-back" is drawn from the side, not the front',
    ]);
  });

  it('rejects a contact the pose cannot show', () => {
    expect(issues({ contact: 'temple' })).toEqual([
      'picture.contact: Landmark "temple" cannot be placed on a side view',
    ]);
  });

  it('is required: every technique has a picture', () => {
    const { picture: _dropped, ...rest } = file?.frontmatter ?? {};
    const result = schema.safeParse(rest);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['picture']);
  });
});
