package dev.articleclassifier.cli.common;

import java.net.URI;
import java.net.URISyntaxException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** An endpoint option's value: an http or https URL with a host, such as {@code http://127.0.0.1:4569}. */
public final class EndpointConverter implements ITypeConverter<URI> {

    @Override
    public URI convert(String value) {
        try {
            URI uri = new URI(value);
            if (uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new TypeConversionException("expected a URL such as http://127.0.0.1:8000, got '" + value + "'");
    }
}
