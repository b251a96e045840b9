package dev.articleclassifier.cli.dashboard;

/** A tag as the page shows it: its id (topic id, country code, region id) and a human label. */
record TagLabel(String id, String label) {
}
