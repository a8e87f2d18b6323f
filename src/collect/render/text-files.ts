// The chart files a rendered finding can point at, as text with their repository paths.
import type { FieldPath } from '../../model/types.js';

export interface TextFile {
  /** Repository-relative path. */
  path: string;
  text: string;
}

export interface ValuesFile extends TextFile {
  /** Where the file's root sits in the values the template sees (a parent chart's values
   * reach a subchart under the subchart's name). Default: the root. */
  prefix?: FieldPath;
}
