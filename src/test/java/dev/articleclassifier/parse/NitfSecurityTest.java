package dev.articleclassifier.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NitfSecurityTest {

    private static final String BODY = "<body><body.head><hedline><hl1>Reservoir levels rise after rain</hl1></hedline>"
            + "</body.head><body.content><p>Reservoir levels rose sharply after a week of rain, the water board said.</p>"
            + "<p>LEAK:&xxe;</p></body.content></body></nitf>";

    private final ArticleParser parser = new ArticleParser(PlaceResolver.NONE);

    private Article parse(String xml) {
        return Fixtures.accepted(parser.parse(xml.getBytes(StandardCharsets.UTF_8), "feed.xml"));
    }

    @Test
    void parse_doesNotExpandExternalEntity_whenNitfCarriesXxePayload(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "SECRET-CONTENT-7731");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE nitf [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<nitf>" + BODY;
        Article article = parse(xml);
        assertEquals("Reservoir levels rise after rain", article.headline());
        assertFalse(article.body().contains("SECRET-CONTENT"), article.body());
    }

    @Test
    void parse_doesNotFetchExternalDtd_whenDoctypePointsAtUrl() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] dtd = "<!ENTITY xxe \"FROM-REMOTE-DTD\">".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, dtd.length);
            exchange.getResponseBody().write(dtd);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/nitf-3-6.dtd";
            String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE nitf SYSTEM \"" + url + "\">\n<nitf>" + BODY;
            Article article = parse(xml);
            assertEquals("Reservoir levels rise after rain", article.headline());
            assertFalse(article.body().contains("FROM-REMOTE-DTD"), article.body());
            assertEquals(0, requests.get());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void parse_finishesQuickly_whenNitfCarriesEntityExpansionBomb() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE nitf [<!ENTITY a0 \"lol\">");
        for (int i = 1; i <= 10; i++) {
            dtd.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("<!ENTITY xxe \"&a10;\">]>");
        String xml = "<?xml version=\"1.0\"?>\n" + dtd + "<nitf>" + BODY;
        ParseResult result = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> parser.parse(xml.getBytes(StandardCharsets.UTF_8), "bomb.xml"));
        if (result.isAccepted()) {
            assertFalse(result.article().body().contains("lollol"), "entities were expanded");
        }
    }

    @Test
    void parse_readsNitf_whenItUsesHtmlEntitiesItsDtdWouldDeclare() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE nitf SYSTEM \"nitf-3-6.dtd\">\n<nitf><body><body.head><hedline>"
                + "<hl1>Caf&eacute; strike ends&nbsp;after talks</hl1></hedline></body.head><body.content>"
                + "<p>Waiters returned to work on Friday.</p></body.content></body></nitf>";
        Article article = parse(xml);
        assertEquals("Caf\u00e9 strike ends after talks", article.headline());
        assertEquals("Waiters returned to work on Friday.", article.body());
    }
}
