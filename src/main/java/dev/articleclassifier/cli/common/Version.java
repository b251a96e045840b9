package dev.articleclassifier.cli.common;

import dev.articleclassifier.classify.Classifier;
import picocli.CommandLine.IVersionProvider;

/**
 * What {@code --version} prints: the release (from the jar's manifest; "development build" when run from
 * compiled classes) and the classifier engine's version, which records carry in {@code classifier.version}.
 */
public final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String release = Version.class.getPackage().getImplementationVersion();
        return new String[] {"article-classifier " + (release == null ? "(development build)" : release)
                + ", classifier engine " + Classifier.VERSION};
    }
}
