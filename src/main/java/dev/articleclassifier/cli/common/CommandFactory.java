package dev.articleclassifier.cli.common;

import java.lang.reflect.Constructor;
import picocli.CommandLine;

/**
 * Creates command objects for picocli, handing the run's {@link Streams} to every command whose constructor
 * takes them; other classes (converters, version providers) are made as picocli would.
 */
public final class CommandFactory implements CommandLine.IFactory {

    private final Streams streams;

    public CommandFactory(Streams streams) {
        this.streams = streams;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        try {
            Constructor<K> withStreams = type.getDeclaredConstructor(Streams.class);
            withStreams.setAccessible(true);
            return withStreams.newInstance(streams);
        } catch (NoSuchMethodException plain) {
            return CommandLine.defaultFactory().create(type);
        }
    }
}
