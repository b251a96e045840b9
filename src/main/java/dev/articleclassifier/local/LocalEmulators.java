package dev.articleclassifier.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The local stack: DynamoDB (dynalite) and S3 (s3rver) started as child Node.js processes from the versions
 * pinned in the project's {@code package.json}, each on a free port of 127.0.0.1. They need no AWS account and
 * no Docker, only Node.js and {@code npm ci}. DynamoDB data lives in memory, S3 objects in a temporary folder;
 * both, and the emulators' logs, are gone when the emulators are closed or the JVM exits (Ctrl-C included). The
 * logs stay only when an emulator failed to start, since they say why.
 */
public final class LocalEmulators implements AutoCloseable {

    private static final String DYNALITE = "node_modules/dynalite/cli.js";
    private static final String S3RVER = "node_modules/s3rver/bin/s3rver.js";
    private static final Duration STARTUP = Duration.ofSeconds(30);

    private final List<Process> processes = new ArrayList<>();
    private final Thread shutdownHook = new Thread(this::release, "local-emulators-shutdown");
    /** The file announcing this stack to other commands, once {@link #announce}d. */
    private Path announcement;
    private final Path dataDir;
    private final List<Path> logs = new ArrayList<>();
    private boolean failed;
    private final int dynamoPort;
    private final int s3Port;

    private LocalEmulators(Path projectDir) throws IOException {
        Path dynalite = projectDir.resolve(DYNALITE);
        Path s3rver = projectDir.resolve(S3RVER);
        if (!Files.isRegularFile(dynalite) || !Files.isRegularFile(s3rver)) {
            throw new IllegalStateException("The local emulators are not installed in " + projectDir
                    + "/node_modules: run `npm ci` in the project folder (needs Node.js 20 or later)");
        }
        dataDir = Files.createTempDirectory("article-classifier-s3");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        dynamoPort = freePort();
        start(projectDir, "dynalite", List.of("node", dynalite.toString(), "--host", "127.0.0.1",
                "--port", Integer.toString(dynamoPort), "--createTableMs", "0", "--deleteTableMs", "0"));
        s3Port = freePort();
        start(projectDir, "s3rver", List.of("node", s3rver.toString(), "--directory", dataDir.toString(),
                "--port", Integer.toString(s3Port), "--address", "127.0.0.1", "--silent"));
        awaitPort("dynalite", processes.get(0), dynamoPort);
        awaitPort("s3rver", processes.get(1), s3Port);
    }

    /**
     * Starts both emulators from the project folder holding {@code node_modules}, and waits until they answer.
     *
     * @throws IllegalStateException when the emulators are not installed ({@code npm ci}) or do not start
     */
    public static LocalEmulators start(Path projectDir) {
        try {
            return new LocalEmulators(projectDir.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the local emulators", e);
        }
    }

    public URI dynamoEndpoint() {
        return URI.create("http://127.0.0.1:" + dynamoPort);
    }

    public URI s3Endpoint() {
        return URI.create("http://127.0.0.1:" + s3Port);
    }

    /** A new client for the emulated DynamoDB; the caller closes it. */
    public DynamoDbClient dynamoClient() {
        return LocalClients.dynamo(dynamoEndpoint());
    }

    /** A new client for the emulated S3; the caller closes it. */
    public S3Client s3Client() {
        return LocalClients.s3(s3Endpoint());
    }

    /**
     * Tells the other commands of this user where this stack is ({@link LocalStackFile}), until it is closed.
     */
    public synchronized void announce(Path file, String table, String bucket) {
        LocalStackFile.write(file, new LocalStackFile.Endpoints(ProcessHandle.current().pid(), dynamoEndpoint(),
                s3Endpoint(), table, bucket));
        announcement = file;
    }

    @Override
    public void close() {
        release();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException jvmAlreadyExiting) {
            // the hook is running or has run
        }
    }

    /** Stops the emulators and removes what they left: on close, and from the shutdown hook on Ctrl-C. */
    private synchronized void release() {
        if (announcement != null) {
            LocalStackFile.remove(announcement, ProcessHandle.current().pid());
            announcement = null;
        }
        stopProcesses();
        deleteRecursively(dataDir);
        if (!failed) {
            logs.forEach(LocalEmulators::deleteRecursively);
        }
    }

    /** The emulators' data folder and log files, while they exist; for tests of the clean-up. */
    List<Path> leftovers() {
        List<Path> paths = new ArrayList<>(logs);
        paths.add(dataDir);
        return paths.stream().filter(Files::exists).toList();
    }

    /** Runs what the shutdown hook runs, as on Ctrl-C; for tests. */
    void runShutdownHook() {
        release();
    }

    private void start(Path projectDir, String name, List<String> command) throws IOException {
        Path log = dataDir.getParent().resolve(dataDir.getFileName() + "-" + name + ".log");
        logs.add(log);
        Process process = new ProcessBuilder(command).directory(projectDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        processes.add(process);
    }

    private void awaitPort(String name, Process process, int port) {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                failed = true;
                close();
                throw new IllegalStateException(name + " exited with status " + process.exitValue()
                        + " before answering; see " + dataDir + "-" + name + ".log");
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                sleep(Duration.ofMillis(50));
            }
        }
        failed = true;
        close();
        throw new IllegalStateException(name + " did not answer on port " + port + " within " + STARTUP);
    }

    private synchronized void stopProcesses() {
        processes.forEach(Process::destroy);
        for (Process process : processes) {
            try {
                if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        processes.clear();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the emulators", e);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary folder is harmless
        }
    }
}
