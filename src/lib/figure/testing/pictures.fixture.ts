/** Every technique's picture data, parsed by the site's own schema: the fixtures of the figure tests. */
import { pictureSchema } from '../../../schemas';
import { readMdxFolder } from '../../content-files';
import type { PictureSpec } from '../picture-spec';

export const TECHNIQUE_PICTURES: [string, PictureSpec][] = readMdxFolder('techniques').map((file) => [
  file.id,
  pictureSchema.parse(file.frontmatter['picture']) as PictureSpec,
]);
