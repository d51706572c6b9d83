/** Normalise: Traditional to Simplified Chinese and full-width to ASCII for matching, with a map back to the original offsets, and sentence splitting. */
package io.zhitu.normalize;
