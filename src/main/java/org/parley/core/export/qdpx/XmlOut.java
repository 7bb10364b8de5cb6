package org.parley.core.export.qdpx;

import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** A thin, indenting wrapper on the JDK's streaming XML writer, dropping characters XML 1.0 cannot hold. */
final class XmlOut implements AutoCloseable {
    private final XMLStreamWriter x;
    private int depth;
    private boolean childWritten;

    private final boolean document;

    XmlOut(OutputStream out) throws XMLStreamException {
        this(out, true, 0);
    }

    /** With {@code document} false, writes a fragment (no XML declaration) indented from {@code depth}, to splice into a document. */
    XmlOut(OutputStream out, boolean document, int depth) throws XMLStreamException {
        x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        this.document = document;
        this.depth = depth;
        if (document) {
            x.writeStartDocument("UTF-8", "1.0");
        }
    }

    /** Ends any open start tag and flushes, so bytes written straight to the stream land inside the element. */
    void flush() throws XMLStreamException {
        x.writeCharacters("");
        x.flush();
        childWritten = true;
    }

    XmlOut open(String name) throws XMLStreamException {
        indent();
        x.writeStartElement(name);
        depth++;
        childWritten = false;
        return this;
    }

    XmlOut empty(String name) throws XMLStreamException {
        indent();
        x.writeEmptyElement(name);
        childWritten = true;
        return this;
    }

    XmlOut attr(String name, Object value) throws XMLStreamException {
        if (value != null) {
            x.writeAttribute(name, clean(value.toString()));
        }
        return this;
    }

    XmlOut namespace(String uri) throws XMLStreamException {
        x.writeDefaultNamespace(uri);
        return this;
    }

    /** An element holding only text. */
    XmlOut text(String name, String text) throws XMLStreamException {
        indent();
        x.writeStartElement(name);
        x.writeCharacters(clean(text));
        x.writeEndElement();
        childWritten = true;
        return this;
    }

    XmlOut close(String ignoredName) throws XMLStreamException {
        depth--;
        if (childWritten) {
            indent();
        }
        x.writeEndElement();
        childWritten = true;
        return this;
    }

    private void indent() throws XMLStreamException {
        x.writeCharacters("\n" + "  ".repeat(depth));
    }

    @Override
    public void close() throws XMLStreamException {
        if (document) {
            x.writeCharacters("\n");
            x.writeEndDocument();
        }
        x.flush();
        x.close();
    }

    /** XML 1.0 has no way to write most control characters, even escaped; they become U+FFFD. */
    static String clean(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            boolean ok = ch == '\t' || ch == '\n' || ch == '\r' || (ch >= 0x20 && ch != 0xFFFE && ch != 0xFFFF);
            if (!ok && b == null) {
                b = new StringBuilder(s.substring(0, i));
            }
            if (b != null) {
                b.append(ok ? ch : '\uFFFD');
            }
        }
        return b == null ? s : b.toString();
    }
}
