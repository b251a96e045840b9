package dev.articleclassifier.source;

import dev.articleclassifier.store.ObjectRef;

/**
 * Reads the bytes of one object an S3 event points at. The pipeline depends on this interface, not on S3, so the
 * size cap and decompression rules live in one place and tests can hand in content directly.
 *
 * <p>Implementations never return more than their configured cap: an object that is too large, or a compressed
 * object that inflates past the cap, comes back as {@link FetchedObject.Refused} rather than being read into memory.
 * An object that no longer exists comes back as {@link FetchedObject.Missing}. Anything else that goes wrong
 * (throttling, 5xx, network) is thrown, because retrying the event may succeed.
 */
public interface ObjectSource {

    FetchedObject fetch(ObjectRef object);
}
