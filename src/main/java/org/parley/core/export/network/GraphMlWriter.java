package org.parley.core.export.network;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.parley.core.export.ExportSource;
import org.parley.core.export.ExportWriter;

/**
 * Both discourse networks in one directed GraphML graph for Gephi and visone: nodes typed by
 * {@code kind} (actor or treaty), edges by {@code network} (actor-treaty or actor-actor), with integer
 * {@code weight}, {@code agreement}, {@code disagreement} and {@code neutral}. Filter on {@code network}
 * to see one of the two.
 */
public final class GraphMlWriter implements ExportWriter {
    static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";

    @Override
    public Written write(ExportSource source, Path out) throws Exception {
        DiscourseNetwork n = DiscourseNetwork.of(source);
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(os, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("graphml");
            x.writeDefaultNamespace(NAMESPACE);
            key(x, "label", "node", "string");
            key(x, "kind", "node", "string");
            key(x, "parent", "node", "string");
            key(x, "network", "edge", "string");
            key(x, "weight", "edge", "int");
            key(x, "agreement", "edge", "int");
            key(x, "disagreement", "edge", "int");
            key(x, "neutral", "edge", "int");
            x.writeCharacters("\n");
            x.writeStartElement("graph");
            x.writeAttribute("id", "discourse");
            x.writeAttribute("edgedefault", "directed");
            for (DiscourseNetwork.Node node : n.nodes.values()) {
                x.writeCharacters("\n  ");
                x.writeStartElement("node");
                x.writeAttribute("id", node.id());
                data(x, "label", node.label());
                data(x, "kind", node.kind());
                data(x, "parent", node.parent());
                x.writeEndElement();
            }
            int i = 0;
            for (DiscourseNetwork.Edge e : n.edges.values()) {
                x.writeCharacters("\n  ");
                x.writeStartElement("edge");
                x.writeAttribute("id", "e" + i++);
                x.writeAttribute("source", e.source.id());
                x.writeAttribute("target", e.target.id());
                data(x, "network", e.network);
                data(x, "weight", String.valueOf(e.weight()));
                data(x, "agreement", String.valueOf(e.agreement));
                data(x, "disagreement", String.valueOf(e.disagreement));
                data(x, "neutral", String.valueOf(e.neutral));
                x.writeEndElement();
            }
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.close();
        }
        return Written.file(out);
    }

    private static void key(XMLStreamWriter x, String name, String domain, String type) throws XMLStreamException {
        x.writeCharacters("\n  ");
        x.writeEmptyElement("key");
        x.writeAttribute("id", name);
        x.writeAttribute("for", domain);
        x.writeAttribute("attr.name", name);
        x.writeAttribute("attr.type", type);
    }

    private static void data(XMLStreamWriter x, String key, String value) throws XMLStreamException {
        if (value != null) {
            x.writeStartElement("data");
            x.writeAttribute("key", key);
            x.writeCharacters(value);
            x.writeEndElement();
        }
    }
}
