package dev.articleclassifier.parse;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jsoup.nodes.Entities;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses untrusted XML with the JDK parser hardened against XML external entity attacks: no DTD is loaded, no
 * external entity is resolved (any that is asked for resolves to nothing), and entity expansion is capped by
 * secure processing. A feed must not be able to make the parser fetch URLs or read local files. The tree is
 * written back out as plain XML with no doctype, ready for a lenient reader. Files the strict parser refuses are
 * returned as they are: the lenient reader (jsoup) never resolves entities from a DTD either.
 */
final class SafeXml {

    private static final DocumentBuilderFactory FACTORY = secureFactory();
    /** Builders are not thread-safe but are costly to create; each thread keeps one and resets it per file. */
    private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(SafeXml::newBuilder);

    private SafeXml() {
    }

    /** The document re-written from the hardened parser's tree, or the input when that parser refuses it. */
    static String rewrite(String xml) {
        try {
            DocumentBuilder builder = BUILDER.get();
            builder.reset();
            builder.setEntityResolver(SafeXml::emptyEntity);
            builder.setErrorHandler(SilentErrors.INSTANCE);
            org.w3c.dom.Document dom = builder.parse(new InputSource(new StringReader(xml)));
            StringBuilder out = new StringBuilder(xml.length());
            serialise(dom.getDocumentElement(), out);
            return out.toString();
        } catch (SAXException | IOException e) {
            return xml;
        }
    }

    /** Whatever external entity or DTD a file names, the parser is handed nothing. */
    private static InputSource emptyEntity(String publicId, String systemId) {
        return new InputSource(new StringReader(""));
    }

    private static DocumentBuilder newBuilder() {
        try {
            return FACTORY.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser cannot be configured", e);
        }
    }

    private static void serialise(Node node, StringBuilder out) {
        switch (node.getNodeType()) {
            case Node.ELEMENT_NODE -> {
                out.append('<').append(node.getNodeName());
                NamedNodeMap attributes = node.getAttributes();
                for (int i = 0; i < attributes.getLength(); i++) {
                    Node a = attributes.item(i);
                    out.append(' ').append(a.getNodeName()).append("=\"")
                            .append(Entities.escape(a.getNodeValue())).append('"');
                }
                out.append('>');
                NodeList children = node.getChildNodes();
                for (int i = 0; i < children.getLength(); i++) {
                    serialise(children.item(i), out);
                }
                out.append("</").append(node.getNodeName()).append('>');
            }
            case Node.TEXT_NODE, Node.CDATA_SECTION_NODE ->
                    out.append(Entities.escape(node.getNodeValue()));
            case Node.ENTITY_REFERENCE_NODE -> {
                // An entity the unloaded DTD would declare (&eacute;, &nbsp;) is left for jsoup, which knows the
                // HTML ones and prints any other as text; an external entity therefore never reaches a file.
                if (node.hasChildNodes()) {
                    NodeList children = node.getChildNodes();
                    for (int i = 0; i < children.getLength(); i++) {
                        serialise(children.item(i), out);
                    }
                } else {
                    out.append('&').append(node.getNodeName()).append(';');
                }
            }
            default -> {
                // comments and processing instructions carry no story text
            }
        }
    }

    /** Problems surface as exceptions, which fall back to jsoup, instead of being printed to stderr. */
    private enum SilentErrors implements ErrorHandler {
        INSTANCE;

        @Override
        public void warning(SAXParseException e) {
            // a warning does not stop the parse
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }

    private static DocumentBuilderFactory secureFactory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser cannot be secured", e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setValidating(false);
        factory.setNamespaceAware(false);
        return factory;
    }
}
