package dev.articleclassifier.packaging;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articleclassifier.testing.Backend;
import dev.articleclassifier.testing.EmulatorBackend;
import dev.articleclassifier.testing.FunctionEnvironment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * Checks the function's deployment package as built ({@code target/article-classifier-function.jar}, after
 * {@code package}): it holds what the function runs and nothing of the command line, and with nothing else on the
 * class path it handles an event file from {@code events/} against the emulators, as Lambda would run it.
 */
class FunctionPackageIT {

    private static final Path PACKAGE = Path.of("target", "article-classifier-function.jar");
    private static final Set<String> FUNCTION_PACKAGES = Set.of("handler", "source", "parse", "classify", "store");
    private static final String BUCKET = "article-classifier-local";

    private static List<String> entries;

    @BeforeAll
    static void readPackage() throws IOException {
        assertTrue(Files.isRegularFile(PACKAGE), PACKAGE + " is built by `mvn package`");
        try (ZipFile zip = new ZipFile(PACKAGE.toFile())) {
            entries = zip.stream().map(ZipEntry::getName).toList();
        }
    }

    @Test
    void projectClasses_areOnlyThoseOfTheFunctionsPackages() {
        Pattern ours = Pattern.compile("dev/articleclassifier/([a-z]+)/.+");
        for (String entry : entries) {
            Matcher matcher = ours.matcher(entry);
            if (matcher.matches()) {
                assertTrue(FUNCTION_PACKAGES.contains(matcher.group(1)), entry);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev/articleclassifier/cli/", "dev/articleclassifier/local/", "org/yaml/",
            "com/fasterxml/jackson/dataformat/", "picocli/", "org/joda/",
            "com/amazonaws/services/lambda/runtime/events/", "software/amazon/awssdk/http/apache/",
            "software/amazon/awssdk/http/nio/", "template.yaml", "module-info.class"})
    void package_leavesOut(String prefix) {
        assertTrue(entries.stream().noneMatch(e -> e.startsWith(prefix) || e.endsWith("/" + prefix)),
                "the function package holds " + prefix);
    }

    @Test
    void package_holdsTheHandlerTheTemplateNamesAndTheBundledData() throws IOException {
        Matcher handler = Pattern.compile("Handler: ([\\w.]+)::handleRequest")
                .matcher(Files.readString(Path.of("template.yaml")));
        assertTrue(handler.find(), "template.yaml names a handler");
        assertAll(
                () -> assertTrue(entries.contains(handler.group(1).replace('.', '/') + ".class"), handler.group(1)),
                () -> assertTrue(entries.contains("dev/articleclassifier/classify/rules.jsonc")),
                () -> assertTrue(entries.contains("dev/articleclassifier/classify/gazetteer.jsonc")),
                () -> assertTrue(entries.contains("dev/articleclassifier/handler/priming-article.txt")));
    }

    @Test
    void packagedHandler_alone_storesTheSeedArticleFromItsEventFile() throws Exception {
        Backend backend = EmulatorBackend.shared();
        String table = "packaged-" + UUID.randomUUID().toString().substring(0, 8);
        backend.createTable(table);
        if (backend.s3().listBuckets().buckets().stream().noneMatch(b -> b.name().equals(BUCKET))) {
            backend.createBucket(BUCKET);
        }
        backend.s3().putObject(b -> b.bucket(BUCKET).key("incoming/xinhua-russia-france-turkey-is.txt"),
                RequestBody.fromFile(Path.of("samples", "xinhua-russia-france-turkey-is.txt")));

        String output = invokeLikeLambda(backend, table, "events/s3-put-seed-article.json");

        assertTrue(output.lines().anyMatch(l -> l.equals("result {\"records\":1,\"stored\":1}")), output);
        assertTrue(output.contains("\"coldStart\":true"), output);
    }

    private static String invokeLikeLambda(Backend backend, String table, String event)
            throws IOException, InterruptedException {
        Path driver = Path.of("src", "test", "resources", "dev", "articleclassifier", "packaging",
                "InvokeLikeLambda.java");
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", PACKAGE.toString(), driver.toString(), event).redirectErrorStream(true);
        builder.environment().putAll(FunctionEnvironment.of(backend.s3Endpoint(), backend.dynamoEndpoint(), table,
                BUCKET));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        return output;
    }
}
