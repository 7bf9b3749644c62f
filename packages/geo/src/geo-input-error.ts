import type { Locale } from '@tongxin/spec';
import { geoMessage, type GeoMessageDetails, type GeoMessageKey } from './messages.ts';

/**
 * Regions that cannot be read. `message` is English; `key` and `details` let the
 * element show the same message in the reader's locale (`error.localized('zh-CN')`).
 */
export class GeoInputError<K extends GeoMessageKey = GeoMessageKey> extends Error {
  override name = 'GeoInputError';
  readonly key: K;
  readonly details: GeoMessageDetails[K];

  constructor(key: K, details: GeoMessageDetails[K]) {
    super(geoMessage(key, details, 'en'));
    this.key = key;
    this.details = details;
  }

  localized(locale: Locale): string {
    return geoMessage(this.key, this.details, locale);
  }
}
